// What a web page can send to a local Neo4j: a WebSocket upgrade with the page's Origin (node:http), then Bolt 5.4
// messages in chunks inside masked binary frames (RFC 6455; Bolt over WebSocket) — no driver, so the server's
// answers are seen as they are. Used by the security tests.
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import type { Socket } from "node:net";
import { decodeValue, encodeValue, type Structure } from "./packstream.js";

const replyKinds: Record<number, BoltReply["kind"]> = {
  0x70: "SUCCESS",
  0x71: "RECORD",
  0x7e: "IGNORED",
  0x7f: "FAILURE",
};

export interface BoltReply {
  kind: "SUCCESS" | "RECORD" | "IGNORED" | "FAILURE" | "CLOSED";
  /** SUCCESS/FAILURE metadata (e.g. `{code, message}`), or the RECORD's values. */
  data: unknown;
}

export interface BoltWebSocket {
  /** The agreed Bolt version, e.g. "5.4". */
  version: string;
  /** Sends one message (`signature`, `fields`) and returns its RECORDs and summary (or CLOSED). */
  exchange(signature: number, fields: unknown[]): Promise<BoltReply[]>;
  close(): void;
}

/** Upgrades `ws://127.0.0.1:port/` with `origin`; resolves the HTTP status and, on 101, the open socket. */
export function upgradeToWebSocket(port: number, origin: string): Promise<{ status: number; socket?: Socket }> {
  return new Promise((resolve, reject) => {
    const upgrade = request({
      host: "127.0.0.1",
      port,
      path: "/",
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        Origin: origin,
        "Sec-WebSocket-Key": randomBytes(16).toString("base64"),
        "Sec-WebSocket-Version": "13",
      },
    });
    upgrade.once("upgrade", (response, socket, head) => {
      if (head.length > 0) socket.unshift(head);
      resolve({ status: response.statusCode ?? 0, socket });
    });
    upgrade.once("response", (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0 });
    });
    upgrade.once("error", reject);
    upgrade.end();
  });
}

function maskedBinaryFrame(payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const length = payload.length;
  const header =
    length < 126 ? Buffer.from([0x82, 0x80 | length]) : Buffer.from([0x82, 0x80 | 126, length >> 8, length & 0xff]);
  const body = Buffer.from(payload.map((byte, index) => byte ^ (mask[index % 4] ?? 0)));
  return Buffer.concat([header, mask, body]);
}

function chunked(message: number[]): Buffer {
  const body = Buffer.from(message);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length);
  return Buffer.concat([length, body, Buffer.from([0, 0])]);
}

/** Runs the Bolt handshake (5.4 only) over an upgraded socket. */
export async function openBolt(socket: Socket): Promise<BoltWebSocket> {
  let frames = Buffer.alloc(0);
  let stream = Buffer.alloc(0);
  let closed = false;
  let wake: () => void = () => {};
  socket.on("data", (data: Buffer) => {
    frames = Buffer.concat([frames, data]);
    while (frames.length >= 2) {
      const short = (frames[1] ?? 0) & 0x7f;
      const start = short === 126 ? 4 : short === 127 ? 10 : 2;
      const length = short === 126 ? frames.readUInt16BE(2) : short === 127 ? Number(frames.readBigUInt64BE(2)) : short;
      if (frames.length < start + length) break;
      const opcode = (frames[0] ?? 0) & 0x0f;
      if (opcode === 0x0 || opcode === 0x2) stream = Buffer.concat([stream, frames.subarray(start, start + length)]);
      if (opcode === 0x8) socket.end();
      frames = frames.subarray(start + length);
    }
    wake();
  });
  socket.on("close", () => {
    closed = true;
    wake();
  });
  socket.on("error", () => {});
  const until = async (ready: () => boolean): Promise<boolean> => {
    while (!ready() && !closed) await new Promise<void>((resolve) => (wake = resolve));
    return ready();
  };
  const nextMessage = async (): Promise<Structure | undefined> => {
    let message = Buffer.alloc(0);
    for (let offset = 0; ;) {
      if (!(await until(() => stream.length >= offset + 2))) return undefined;
      const size = stream.readUInt16BE(offset);
      if (!(await until(() => stream.length >= offset + 2 + size))) return undefined;
      if (size === 0) {
        stream = stream.subarray(offset + 2);
        return decodeValue(message).value as Structure;
      }
      message = Buffer.concat([message, stream.subarray(offset + 2, offset + 2 + size)]);
      offset += 2 + size;
    }
  };
  const proposals = [0x6060b017, 0x00000405, 0, 0, 0];
  const handshake = Buffer.alloc(20);
  proposals.forEach((value, index) => handshake.writeUInt32BE(value, index * 4));
  socket.write(maskedBinaryFrame(handshake));
  if (!(await until(() => stream.length >= 4))) throw new Error("bolt-websocket: the server closed the handshake");
  const version = `${stream[3]}.${stream[2]}`;
  stream = stream.subarray(4);
  return {
    version,
    async exchange(signature, fields) {
      socket.write(maskedBinaryFrame(chunked(encodeValue({ signature, fields }))));
      const replies: BoltReply[] = [];
      for (;;) {
        const message = await nextMessage();
        if (message === undefined) return [...replies, { kind: "CLOSED", data: undefined }];
        const kind = replyKinds[message.signature] ?? "FAILURE";
        replies.push({ kind, data: message.fields[0] });
        if (kind !== "RECORD") return replies;
      }
    },
    close: () => socket.destroy(),
  };
}
