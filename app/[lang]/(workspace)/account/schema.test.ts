import { describe, expect, it } from 'vitest';
import { resetPasswordSchema } from '../admin/accounts/schema';
import { changePasswordSchema } from './schema';

// The forms' own check (run by authedAction before the access layer): each refusal is a message
// beside the new-password field, in the reader's language.
const common =
  'Mật khẩu này quá phổ biến, dễ bị đoán ra. Hãy chọn mật khẩu khác, ví dụ vài từ ghép lại mà chỉ bạn biết.';

const fieldError = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.find((issue) => issue.path[0] === 'newPassword')?.message;

describe('the change-password form', () => {
  const schema = changePasswordSchema('vi');
  const change = (newPassword: string, currentPassword = 'mat-khau-dang-dung-1') =>
    schema.safeParse({ currentPassword, newPassword, confirmPassword: newPassword });

  it('refuses ten spaces, the current password reused and a common password beside the field', () => {
    expect(fieldError(change(' '.repeat(10)))).toBe('Mật khẩu không được chỉ gồm dấu cách.');
    expect(fieldError(change('mat-khau-dang-dung-1'))).toBe('Mật khẩu mới phải khác mật khẩu hiện tại.');
    expect(fieldError(change('matkhau123456'))).toBe(common);
    expect(change('mat-khau-moi-cua-toi').success).toBe(true);
  });

  it('speaks English on the English page', () => {
    const en = changePasswordSchema('en').safeParse({
      currentPassword: 'x',
      newPassword: ' '.repeat(10),
      confirmPassword: ' '.repeat(10),
    });
    expect(fieldError(en)).toBe('The password must not be spaces only.');
  });
});

describe('the administrator’s reset-password form', () => {
  it('refuses a blank and a common password beside the field', () => {
    const schema = resetPasswordSchema('vi');
    expect(fieldError(schema.safeParse({ id: '3', newPassword: ' '.repeat(12) }))).toBe(
      'Mật khẩu không được chỉ gồm dấu cách.',
    );
    expect(fieldError(schema.safeParse({ id: '3', newPassword: 'Password2024!' }))).toBe(common);
    expect(schema.safeParse({ id: '3', newPassword: 'mat-khau-moi-5678' }).success).toBe(true);
  });
});
