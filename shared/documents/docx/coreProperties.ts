import { LANGUAGE_TAGS } from '../../i18n/languages';
import { cleanText } from '../cleanText';
import type { DocumentModel } from '../model';

/**
 * docProps/core.xml written by us rather than by `docx`, so the document's language is in it and its dates are
 * the document's own date, not the moment of export: the same register exported twice gives the same file.
 */

function escapeXml(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function corePropertiesXml(model: DocumentModel): string {
  const p = model.properties;
  const when = `${p.date}T00:00:00Z`;
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', p.title),
    element('dc:subject', p.subject),
    element('dc:creator', p.author),
    element('cp:keywords', p.keywords.join(', ')),
    element('dc:description', `${p.title} · ${p.version}`),
    element('dc:language', LANGUAGE_TAGS[model.language]),
    element('cp:lastModifiedBy', 'Kartotek'),
    element('cp:version', p.version),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
