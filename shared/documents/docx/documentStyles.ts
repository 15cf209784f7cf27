import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import { LANGUAGE_TAGS, type Language } from '../../i18n/languages';
import { GREY, TABLE_LIST_INDENT, TABLE_TEXT_PT } from './bodyXml';

/** The document's Word styles and list numbering: what the body's paragraphs, tables and lists refer to by name. */

const FONT = 'Arial';

export function documentStyles(accent: string, language: Language): IStylesOptions {
  const documentLanguage = { value: LANGUAGE_TAGS[language] };
  const heading = (size: number, before: number, after: number) => ({
    run: { font: FONT, size, bold: true, color: accent },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  const style = (id: string, name: string, run: object, paragraph: object) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, ...run },
    paragraph,
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 20, color: GREY.text, language: documentLanguage },
        paragraph: { spacing: { after: 120, line: 264 } },
      },
      heading1: heading(30, 360, 160),
      heading2: heading(24, 280, 120),
      heading3: heading(21, 200, 80),
      hyperlink: { run: { color: accent, underline: {} } },
    },
    paragraphStyles: [
      style(
        'KtCoverTitle',
        'Kartotek Cover Title',
        { size: 48, bold: true, color: accent },
        { spacing: { before: 2400, after: 240 } },
      ),
      style(
        'KtTitle',
        'Kartotek Title',
        { size: 44, bold: true, color: accent },
        { spacing: { after: 160 } },
      ),
      style('KtSubtitle', 'Kartotek Subtitle', { size: 32, bold: true }, { spacing: { after: 240 } }),
      style('KtLead', 'Kartotek Lead', { size: 24, color: '4B5563' }, { spacing: { after: 480 } }),
      style('KtClosing', 'Kartotek Closing', {}, { spacing: { before: 480 } }),
      style(
        'KtTable',
        'Kartotek Table Text',
        { size: TABLE_TEXT_PT.table * 2 },
        { spacing: { after: 40, line: 240 } },
      ),
      style(
        'KtCompact',
        'Kartotek Compact Table Text',
        { size: TABLE_TEXT_PT.compact * 2 },
        { spacing: { after: 20, line: 230 } },
      ),
      style(
        'KtFieldRef',
        'Kartotek Field Reference',
        { size: 14, color: GREY.muted },
        { spacing: { after: 0 } },
      ),
      style(
        'KtRunning',
        'Kartotek Header and Footer',
        { size: 15, color: '4B5563' },
        { spacing: { after: 0 } },
      ),
      style(
        'KtTocTitle',
        'Kartotek Contents Title',
        { size: 30, bold: true, color: accent },
        { spacing: { after: 200 } },
      ),
    ],
  };
}

const singleLevel = (
  reference: string,
  format: (typeof LevelFormat)['BULLET' | 'DECIMAL'],
  text: string,
  indent: { left: number; hanging: number },
) => ({
  reference,
  levels: [{ level: 0, format, text, alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }],
});

/** The lists BodyWriter numbers (ListNumbering's references): body bullets, bullets in tables, numbered lists. */
export const NUMBERING: INumberingOptions = {
  config: [
    singleLevel('kt-bullet', LevelFormat.BULLET, '•', { left: 360, hanging: 240 }),
    singleLevel('kt-bullet-table', LevelFormat.BULLET, '•', { left: TABLE_LIST_INDENT, hanging: 160 }),
    singleLevel('kt-number', LevelFormat.DECIMAL, '%1.', { left: 400, hanging: 300 }),
  ],
};
