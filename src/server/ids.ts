import { getRandomValues } from "node:crypto";

/** Random bytes drawn from the system at a time: one draw serves 256 ids rather than one. */
const POOL_BYTES = 16 * 256;
const pool = new Uint8Array(POOL_BYTES);
let used = POOL_BYTES;

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

const byte = (index: number): number => pool[index] ?? 0;
const hex = (value: number): string => HEX[value] ?? "";

/** The millisecond of the last id and its 31-bit counter, which keeps ids of one millisecond in order. */
let lastMs = Number.NEGATIVE_INFINITY;
let sequence = 0;

/**
 * A UUID version 7 (RFC 9562): the time in milliseconds, then a counter that starts at a random value
 * each millisecond and goes up within it, then random bits; laid out exactly as the uuid package lays
 * out its v7 ids, so that ids made in one process sort in the order they were made.
 * Time-ordered UUIDs keep primary-key indexes compact on both databases.
 */
export function newId(): string {
  if (used === POOL_BYTES) {
    getRandomValues(pool);
    used = 0;
  }
  const at = used;
  used += 16;
  const now = Date.now();
  if (now > lastMs) {
    sequence = ((byte(at + 6) & 0x7f) << 24) | (byte(at + 7) << 16) | (byte(at + 8) << 8) | byte(at + 9);
    lastMs = now;
  } else {
    sequence = (sequence + 1) | 0;
    if (sequence === 0) lastMs += 1;
  }
  const ms = lastMs;
  return (
    hex((ms / 0x10000000000) & 0xff) +
    hex((ms / 0x100000000) & 0xff) +
    hex((ms / 0x1000000) & 0xff) +
    hex((ms / 0x10000) & 0xff) +
    "-" +
    hex((ms / 0x100) & 0xff) +
    hex(ms & 0xff) +
    "-" +
    hex(0x70 | ((sequence >>> 28) & 0x0f)) +
    hex((sequence >>> 20) & 0xff) +
    "-" +
    hex(0x80 | ((sequence >>> 14) & 0x3f)) +
    hex((sequence >>> 6) & 0xff) +
    "-" +
    hex(((sequence << 2) & 0xff) | (byte(at + 10) & 0x03)) +
    hex(byte(at + 11)) +
    hex(byte(at + 12)) +
    hex(byte(at + 13)) +
    hex(byte(at + 14)) +
    hex(byte(at + 15))
  );
}

export function now(): string {
  return new Date().toISOString();
}
