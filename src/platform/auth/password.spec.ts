import { describe, expect, it } from '@jest/globals';
import { hashPassword, verifyPassword } from './password.js';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('rätt lösenord', FAST);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    await expect(verifyPassword('rätt lösenord', hash)).resolves.toBe(true);
    await expect(verifyPassword('fel lösenord', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('samma', FAST)).not.toBe(await hashPassword('samma', FAST));
  });

  it.each(['', 'plain', 'bcrypt$x$y', 'scrypt$1024$8$1$$'])('never matches a malformed hash %j', async (stored) => {
    await expect(verifyPassword('x', stored)).resolves.toBe(false);
  });
});
