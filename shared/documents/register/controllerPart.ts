import { authorityContactLines, authorityForJurisdiction } from '../../catalog/authorities';
import { fieldRow, itemsOrMissing, organisationAddress, valueOrMissing } from '../blocks';
import type { BuildContext } from '../context';
import { countryName } from '../../i18n/format';
import { bold, paragraph, run, type Block, type CellBlock, type FieldRow, type TextRun } from '../model';

/** Part 1 of the register: who the controller is and how to reach it [30(1)(a)]. */

function contactLines(values: readonly string[]): CellBlock[] {
  const lines = values.map((v) => v.trim()).filter(Boolean);
  return lines.length ? [paragraph(lines.join('\n'))] : [];
}

function privacyContactRow(ctx: BuildContext): FieldRow {
  const c = ctx.t.register.controller;
  const person = ctx.project.privacyContact;
  const details = contactLines([person.name, person.email, person.phone]);
  if (person.kind === 'dpo') return fieldRow(ctx, c.dpo, details.length ? details : valueOrMissing(ctx, ''));
  return fieldRow(ctx, c.contactPerson, [
    paragraph(c.noDpo),
    ...(details.length ? details : valueOrMissing(ctx, '')),
  ]);
}

function authorityName(ctx: BuildContext): string | null {
  return authorityForJurisdiction(ctx.project.organisation.jurisdiction)?.name[ctx.language] ?? null;
}

function authorityBlock(ctx: BuildContext): CellBlock[] {
  const authority = authorityForJurisdiction(ctx.project.organisation.jurisdiction);
  if (!authority) return valueOrMissing(ctx, '');
  const [name, ...rest] = authorityContactLines(authority, ctx.language);
  return [paragraph([bold(name ?? ''), run(rest.length ? `\n${rest.join('\n')}` : '')])];
}

export function controllerPart(ctx: BuildContext): Block[] {
  const t = ctx.t;
  const o = ctx.project.organisation;
  const address = [organisationAddress(ctx), countryName(o.country, ctx.language)].filter(Boolean).join(', ');
  const rows: FieldRow[] = [
    fieldRow(ctx, { label: t.contact.name, ref: [30, 1, 'a'] }, valueOrMissing(ctx, ctx.organisationName)),
    fieldRow(
      ctx,
      { label: t.common.registrationNumber(o.jurisdiction) },
      valueOrMissing(ctx, o.registrationNumber),
    ),
    fieldRow(ctx, { label: t.contact.address }, valueOrMissing(ctx, address)),
    fieldRow(ctx, { label: t.contact.phone }, valueOrMissing(ctx, o.phone)),
    fieldRow(ctx, { label: t.contact.email }, valueOrMissing(ctx, o.email)),
  ];
  if (o.website)
    rows.push(
      fieldRow(ctx, { label: t.contact.website }, [paragraph([run(o.website, { href: o.website })])]),
    );
  rows.push(fieldRow(ctx, { label: t.contact.privacyEmail }, valueOrMissing(ctx, o.privacyEmail)));
  rows.push(privacyContactRow(ctx));

  const rep = ctx.project.representative;
  rows.push(
    fieldRow(
      ctx,
      t.register.controller.representative,
      rep ? contactLines([rep.name, rep.address, rep.email, rep.phone]) : [paragraph(t.common.none)],
    ),
  );
  rows.push(
    fieldRow(
      ctx,
      t.register.controller.jointControllers,
      itemsOrMissing(
        ctx,
        ctx.project.jointControllers.map((jc): TextRun[] => {
          const arrangement = ctx.text(jc.arrangement, 'jointController', jc.id, 'arrangement');
          return [
            bold(jc.name || t.common.notStated),
            ...(jc.contact ? [run(` – ${jc.contact}`)] : []),
            ...(arrangement ? [run(`: ${arrangement}`)] : []),
          ];
        }),
        t.common.none,
      ),
    ),
  );
  rows.push(fieldRow(ctx, t.register.controller.supervisoryAuthority, authorityBlock(ctx)));

  return [
    { type: 'heading', level: 1, text: t.register.partController, anchor: 'part-controller' },
    paragraph(t.register.about(ctx.organisationName, authorityName(ctx))),
    { type: 'fieldTable', rows },
  ];
}
