import { randomBytes } from 'node:crypto';

const KEY = /^[0-9a-f]{32}$/;

/** A fresh random storage key: 128 bits in hex. */
export const newFileKey = () => randomBytes(16).toString('hex');

/** True for keys the file store hands out; anything else is refused before it reaches a path. */
export const isFileKey = (key: string) => KEY.test(key);
