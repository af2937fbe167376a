/** Whether the user receives reminders (the weekly digest and the notices before meetings). */
export function RemindersSection() {
  return null;
}
