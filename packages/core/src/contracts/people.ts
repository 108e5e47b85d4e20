import { z } from 'zod';

export const role = z.enum(['owner', 'editor', 'viewer']);

export const loginRequest = z.object({
  username: z.string().min(1, 'Give your user name.').max(100),
  password: z.string().min(1, 'Give your password.').max(1000),
});

export const createUserRequest = z.object({
  username: z
    .string()
    .regex(/^[A-Za-z0-9._@-]{2,64}$/, 'Use 2 to 64 letters, digits, dots, dashes, underscores or @.'),
  password: z.string().min(10, 'Use a password of at least 10 characters.').max(1000),
  role: role.default('editor'),
  displayName: z.string().max(100).optional(),
});

export const createTokenRequest = z.object({ name: z.string().min(1).max(100) });
