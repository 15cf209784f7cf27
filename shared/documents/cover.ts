import { organisationAddress } from './blocks';
import type { BuildContext } from './context';
import { countryName, formatDate } from '../i18n/format';
import { documentImage } from './image';
import { paragraph, run, type Block } from './model';

/** The cover: logo, title, organisation, version and date; no running header. */
export function coverBlocks(
  ctx: BuildContext,
  title: string,
  subtitle: string,
  version: string,
  /** A title block at the top of the first page rather than a cover page of its own. */
  compact = false,
): Block[] {
  const blocks: Block[] = [];
  const logo = ctx.project.branding.logo ? documentImage(ctx.project.branding.logo) : null;
  if (logo)
    blocks.push({
      type: 'image',
      image: logo,
      alt: ctx.organisationName,
      maxWidthMm: 60,
      maxHeightMm: 30,
      align: 'left',
    });
  const o = ctx.project.organisation;
  const details = [
    o.registrationNumber.trim()
      ? `${ctx.t.common.registrationNumber(o.jurisdiction)}: ${o.registrationNumber.trim()}`
      : '',
    [organisationAddress(ctx), countryName(o.country, ctx.language)].filter(Boolean).join(', '),
  ].filter(Boolean);
  blocks.push(
    paragraph(title, { style: compact ? 'title' : 'coverTitle' }),
    paragraph(ctx.organisationName, { style: 'subtitle' }),
    paragraph(subtitle, { style: 'lead' }),
    ...details.map((line) => paragraph(line)),
    paragraph(
      [
        run(`${ctx.t.common.version}: `, { bold: true }),
        run(version),
        run(`\n${ctx.t.common.date}: `, { bold: true }),
        run(formatDate(ctx.date, ctx.language)),
      ],
      { style: 'closing' },
    ),
  );
  return blocks;
}
