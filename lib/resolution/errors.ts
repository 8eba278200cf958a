// The reader's refusals, typed so that a caller (the import page, the command, the seed) can show
// the Vietnamese message as it is and branch on `code`. Nothing else is thrown on bad input.

export type ResolutionReadErrorCode =
  /** The file or the pasted text has nothing in it. */
  | 'empty'
  /** Over `maxResolutionBytes`. */
  | 'too-large'
  /** Not .txt, .md or .docx. */
  | 'unsupported-type'
  /** Named .docx but not a zip at all (a renamed picture, PDF, old .doc…). */
  | 'not-docx'
  /** A zip, but not a Word document mammoth can read. */
  | 'corrupt-docx'
  /** Named .txt/.md but binary, or not UTF-8. */
  | 'not-text'
  /** Readable text, but not a resolution (no “Nghị quyết …” title, no sections I–III). */
  | 'not-resolution'
  /** A resolution whose structure could not be read: see `issues`, each with its line. */
  | 'unreadable-structure';

export type ParseIssue = { line: number; message: string };

export class ResolutionReadError extends Error {
  readonly code: ResolutionReadErrorCode;
  /** Lines the reader could not place (for 'not-resolution' and 'unreadable-structure'). */
  readonly issues: ParseIssue[];
  constructor(code: ResolutionReadErrorCode, message: string, issues: ParseIssue[] = []) {
    super(message);
    this.name = 'ResolutionReadError';
    this.code = code;
    this.issues = issues;
  }
}

/** The structure of the text could not be read; `issues` say where (1-based lines). */
export class ResolutionParseError extends ResolutionReadError {
  constructor(issues: ParseIssue[], code: 'not-resolution' | 'unreadable-structure' = 'unreadable-structure') {
    const lead =
      code === 'not-resolution'
        ? 'Văn bản này không phải là một nghị quyết'
        : 'Không đọc được cấu trúc văn bản nghị quyết';
    super(code, `${lead}:\n${issues.map((i) => `- ${i.message}`).join('\n')}`, issues);
    this.name = 'ResolutionParseError';
  }
}

export function isResolutionReadError(error: unknown): error is ResolutionReadError {
  return error instanceof ResolutionReadError;
}
