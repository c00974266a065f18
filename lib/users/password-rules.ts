// What a staff password must be: 12 to 200 characters, typed twice alike, not the
// account's email address, and (when changing it) not the current one. Shared by the
// use case and the form, so both say the same words.
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;

export const newPasswordField = z
  .string("Enter a new password.")
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.");

export const changePasswordInput = z
  .object({
    currentPassword: z
      .string("Enter your current password.")
      .min(1, "Enter your current password.")
      .max(200, "Use at most 200 characters."),
    newPassword: newPasswordField,
    confirmPassword: z.string("Type the new password again."),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords are not the same.",
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });

export function passwordIsEmail(password: string, email: string): boolean {
  return password.trim().toLowerCase() === email.trim().toLowerCase();
}
