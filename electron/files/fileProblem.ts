import path from 'node:path';
import type { FileProblem, FileProblemCode } from '../../shared/project-file/fileProblems';

/** A file operation that failed, with a code the UI can put in words (describeFileProblem). */
export class FileProblemError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`file problem: ${problem.code}`);
    this.name = 'FileProblemError';
  }
}

const ERRNO_PROBLEMS: Readonly<Record<string, FileProblemCode>> = {
  ENOENT: 'notFound',
  ENOTDIR: 'notFound',
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  EROFS: 'readOnly',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EFBIG: 'diskFull',
  EBUSY: 'inUse',
  ETXTBSY: 'inUse',
  EISDIR: 'isDirectory',
  ENAMETOOLONG: 'nameTooLong',
};

/** Node's errno codes (ENOSPC, EACCES …) as the contract's FileProblem; anything else is "unknown". */
export function toFileProblem(error: unknown, filePath: string): FileProblem {
  if (error instanceof FileProblemError) return error.problem;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return {
    code:
      (code !== undefined && Object.hasOwn(ERRNO_PROBLEMS, code) ? ERRNO_PROBLEMS[code] : undefined) ??
      'unknown',
    fileName: path.basename(filePath),
  };
}
