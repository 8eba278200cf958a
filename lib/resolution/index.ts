// The resolution reader's entry points (pure TypeScript: no database, usable from the import page,
// the command and the seed).
//
// - parseResolutionText(text): the draft of a pasted or read text (throws ResolutionReadError).
// - parseResolutionFile(bytes, fileName): a .txt/.md/.docx upload → { format, text, draft }.
// - readTargetLine(line): one target statement → a reading, or { text, error }.
// - parseResolution(text): the seed's strict reader (a line it cannot read stops it).
export type {
  DirectionSource,
  DraftResolution,
  DraftReview,
  DraftTarget,
  DraftTask,
  DraftTaskGroup,
  DraftWarning,
  DraftWarningCode,
  ResolutionDraft,
  TargetReading,
  TargetReadingError,
} from './draft';
export {
  isResolutionReadError,
  ResolutionParseError,
  ResolutionReadError,
  type ParseIssue,
  type ResolutionReadErrorCode,
} from './errors';
export {
  formatOf,
  parseResolutionFile,
  readResolutionFile,
  type ParsedResolutionFile,
  type ResolutionFileFormat,
  type ResolutionFileText,
} from './file';
export { maxResolutionBytes, parseResolutionText } from './parse-draft';
export { parseResolution, type ParsedResolution, type ParsedTarget } from './parse';
export { readTargetLine } from './target-line';
