// A minimal PackStream v1 codec (Bolt's value encoding, neo4j.com/docs/bolt/current/packstream/): enough to send
// HELLO/LOGON/RUN/PULL and read the server's replies in the security tests, without going through neo4j-driver.

/** A PackStream structure: Bolt messages and graph values (signature byte + fields). */
export interface Structure {
  signature: number;
  fields: unknown[];
}

function sizedHeader(size: number, tiny: number, markers: [number, number, number]): number[] {
  if (size < 16 && tiny >= 0) return [tiny + size];
  if (size < 0x100) return [markers[0], size];
  if (size < 0x10000) return [markers[1], size >> 8, size & 0xff];
  return [markers[2], (size >>> 24) & 0xff, (size >> 16) & 0xff, (size >> 8) & 0xff, size & 0xff];
}

function encodeInteger(value: number): number[] {
  if (value >= -16 && value < 128) return [value & 0xff];
  const buffer = Buffer.alloc(9);
  buffer[0] = 0xcb;
  buffer.writeBigInt64BE(BigInt(value), 1);
  return [...buffer];
}

/** Encodes null, booleans, integers, strings, lists, maps and structures. */
export function encodeValue(value: unknown): number[] {
  if (value === null || value === undefined) return [0xc0];
  if (typeof value === "boolean") return [value ? 0xc3 : 0xc2];
  if (typeof value === "number") return encodeInteger(value);
  if (typeof value === "string") {
    const bytes = Buffer.from(value, "utf8");
    return [...sizedHeader(bytes.length, 0x80, [0xd0, 0xd1, 0xd2]), ...bytes];
  }
  if (Array.isArray(value)) {
    return [...sizedHeader(value.length, 0x90, [0xd4, 0xd5, 0xd6]), ...value.flatMap(encodeValue)];
  }
  if (typeof value === "object" && "signature" in value && "fields" in value) {
    const { signature, fields } = value as Structure;
    return [0xb0 + fields.length, signature, ...fields.flatMap(encodeValue)];
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return [
    ...sizedHeader(entries.length, 0xa0, [0xd8, 0xd9, 0xda]),
    ...entries.flatMap(([key, item]) => [...encodeValue(key), ...encodeValue(item)]),
  ];
}

/** Decodes one value from `bytes` starting at `offset`; returns the value and the offset after it. */
export function decodeValue(bytes: Buffer, offset = 0): { value: unknown; next: number } {
  const marker = bytes.readUInt8(offset);
  const high = marker & 0xf0;
  const low = marker & 0x0f;
  const sequence = (count: number, start: number, pairs: boolean) => {
    const items: unknown[] = [];
    let position = start;
    for (let index = 0; index < count * (pairs ? 2 : 1); index += 1) {
      const decoded = decodeValue(bytes, position);
      items.push(decoded.value);
      position = decoded.next;
    }
    const value = pairs
      ? Object.fromEntries(items.flatMap((item, index) => (index % 2 === 0 ? [[item, items[index + 1]]] : [])))
      : items;
    return { value, next: position };
  };
  const text = (length: number, start: number) => ({
    value: bytes.toString("utf8", start, start + length),
    next: start + length,
  });
  if (marker < 0x80) return { value: marker, next: offset + 1 };
  if (marker >= 0xf0) return { value: marker - 0x100, next: offset + 1 };
  if (high === 0x80) return text(low, offset + 1);
  if (high === 0x90) return sequence(low, offset + 1, false);
  if (high === 0xa0) return sequence(low, offset + 1, true);
  if (high === 0xb0) {
    const { value, next } = sequence(low, offset + 2, false);
    return { value: { signature: bytes.readUInt8(offset + 1), fields: value } satisfies Structure, next };
  }
  switch (marker) {
    case 0xc0:
      return { value: null, next: offset + 1 };
    case 0xc1:
      return { value: bytes.readDoubleBE(offset + 1), next: offset + 9 };
    case 0xc2:
    case 0xc3:
      return { value: marker === 0xc3, next: offset + 1 };
    case 0xc8:
      return { value: bytes.readInt8(offset + 1), next: offset + 2 };
    case 0xc9:
      return { value: bytes.readInt16BE(offset + 1), next: offset + 3 };
    case 0xca:
      return { value: bytes.readInt32BE(offset + 1), next: offset + 5 };
    case 0xcb:
      return { value: Number(bytes.readBigInt64BE(offset + 1)), next: offset + 9 };
    case 0xd0:
      return text(bytes.readUInt8(offset + 1), offset + 2);
    case 0xd1:
      return text(bytes.readUInt16BE(offset + 1), offset + 3);
    case 0xd2:
      return text(bytes.readUInt32BE(offset + 1), offset + 5);
    case 0xd4:
      return sequence(bytes.readUInt8(offset + 1), offset + 2, false);
    case 0xd5:
      return sequence(bytes.readUInt16BE(offset + 1), offset + 3, false);
    case 0xd8:
      return sequence(bytes.readUInt8(offset + 1), offset + 2, true);
    case 0xd9:
      return sequence(bytes.readUInt16BE(offset + 1), offset + 3, true);
    default:
      throw new Error(`packstream: unsupported marker 0x${marker.toString(16)} at ${offset}`);
  }
}
