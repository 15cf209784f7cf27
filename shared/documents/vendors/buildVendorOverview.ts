import { TRANSFER_MECHANISM_LABELS } from '../../model/vocabulary';
import type { Project } from '../../model/project';
import { runningLines } from '../blocks';
import { coverBlocks } from '../cover';
import { createContext, type BuildOptions } from '../context';
import { countryList, vendorLabel, vendorTransfer } from '../derive';
import { formatDate } from '../../i18n/format';
import { bulletList, muted, paragraph, type Block } from '../model';
import { builtDocument, type BuiltDocument } from '../result';
import { splitVendors, vendorTable } from '../vendorTable';
import { vendorChangeBlocks } from './vendorChanges';

/**
 * The vendor overview an IT firm hands its customers and its auditor: processors and sub-processors with
 * entity, function, locations, transfer mechanism and DPA; independent controllers kept apart, since calling
 * a domain registry or a credit agency a sub-processor is a mistake the reference lists.
 */
export function buildVendorOverview(project: Project, options: BuildOptions): BuiltDocument {
  const ctx = createContext(project, options);
  const v = ctx.t.vendors;
  const version = options.version?.trim() || ctx.date;
  const { header, footer } = runningLines(ctx, v.title, version);
  const { processors, controllers } = splitVendors(project.vendors);
  const transfers = project.vendors.flatMap((vendor) => {
    const transfer = vendorTransfer(vendor);
    return transfer ? [{ vendor, transfer }] : [];
  });
  const contact = project.organisation.privacyEmail.trim() || project.organisation.email.trim();

  const blocks: Block[] = [
    ...coverBlocks(ctx, v.title, v.subtitle, version, true),
    paragraph(v.intro(ctx.organisationName, formatDate(ctx.date, ctx.language))),
    { type: 'heading', level: 1, text: v.processorsHeading },
    processors.length ? vendorTable(ctx, processors) : paragraph([muted(v.processorsNone)]),
  ];
  if (controllers.length) {
    blocks.push(
      { type: 'heading', level: 1, text: v.controllersHeading },
      paragraph(v.controllersIntro),
      vendorTable(ctx, controllers),
    );
  }
  blocks.push({ type: 'heading', level: 1, text: v.transfersHeading });
  blocks.push(
    transfers.length
      ? bulletList(
          transfers.map(({ vendor, transfer }) =>
            v.transferLine(
              vendorLabel(vendor),
              countryList(ctx, transfer.countries),
              TRANSFER_MECHANISM_LABELS[transfer.mechanism][ctx.language],
            ),
          ),
        )
      : paragraph(v.transfersNone),
  );
  blocks.push(...vendorChangeBlocks(ctx, project));
  if (contact) blocks.push(paragraph(v.contact(contact), { style: 'closing' }));

  return builtDocument(ctx, {
    kind: 'vendors',
    title: v.title,
    subject: v.subtitle,
    version,
    keywords: ['GDPR', ctx.t.common.articleRef(28)],
    sections: [{ orientation: 'landscape', header, footer, blocks }],
  });
}
