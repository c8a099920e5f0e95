import { closeSync, openSync, readSync } from 'node:fs';

/** The kernel's random device, where the system has one (Linux, macOS). */
export const RANDOM_DEVICE = '/dev/urandom';

/**
 * `bytes` random bytes as lower-case hex: trace and span ids, session ids.
 * They are read from the kernel's random device, the source OpenSSL seeds
 * node:crypto from, and from node:crypto where there is no such device.
 * node:crypto loads some twenty internal modules, about 5 ms of a Node 24
 * start-up, and a guard's span and the runner's session id are made before
 * their first log line: reading the device costs three system calls.
 */
export function randomHex(bytes: number, device: string = RANDOM_DEVICE): string {
  const buffer = Buffer.alloc(bytes);
  let fd: number | undefined;
  try {
    fd = openSync(device, 'r');
    if (readSync(fd, buffer, 0, bytes, null) === bytes) return buffer.toString('hex');
  } catch {
    // No device here (Windows) or not readable: node:crypto below.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return process.getBuiltinModule('node:crypto').randomBytes(bytes).toString('hex');
}
