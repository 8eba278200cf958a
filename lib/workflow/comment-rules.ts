// The rules of an update's conversation, shared by the form's schema and the data layer.

/** The longest comment, in characters: a few paragraphs, never a document. */
export const commentMaxLength = 4000;

/** A comment can be corrected by its author for this long after posting, never after. */
export const commentEditWindowMs = 15 * 60_000;

export function canEditComment(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() <= commentEditWindowMs;
}

/** Trimmed, with Windows line ends made plain and NUL and other control characters (tab, newline kept) removed. */
export function cleanCommentText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}
