import type { z } from 'zod';

/** One API method: the schema of its input and of its output. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** 'open' methods work before a register is open (first run); the rest need one. */
  needs: 'nothing' | 'register' | 'user';
}

export const method = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  needs: MethodDef['needs'] = 'user',
): MethodDef<I, O> => ({ input, output, needs });

export type ContractShape = Record<string, MethodDef>;
