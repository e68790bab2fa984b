import { WordedError } from '../problems.js';

/** A file that cannot be read as an import file at all; nothing was written. */
export class ImportFileError extends WordedError {
  override name = 'ImportFileError';
}
