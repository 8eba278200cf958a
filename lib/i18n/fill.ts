/** Fills "{name}" placeholders of a message: fill('{met}/{total} đạt', { met: 18, total: 19 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
