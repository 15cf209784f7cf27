/**
 * What the CLI prints comes partly from files it was handed (project names, vendor names, error paths). A
 * terminal obeys control characters in that text: ESC sequences retitle or clear it, a carriage return or
 * backspace overwrites what was printed before. Only line breaks and tabs are kept; every other C0 and C1
 * control character, and DEL, is removed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}
