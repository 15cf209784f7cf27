import { isTextMissing, type Audience } from '../../../shared/model';
import {
  checkColour,
  checkCountry,
  checkDate,
  checkEmail,
  checkPhone,
  checkRegistrationNumber,
  checkUrl,
} from '../../../shared/validation/fieldFormats';
import type { ProjectCore } from '../../db/database';
import type { SectionKey } from './formParts';

/**
 * Which sections show an inline error or warning right now, so the table of contents can point to them.
 * The same checks as the fields themselves: nothing here that the section does not also say in words.
 */
export function sectionsWithProblems(
  core: ProjectCore,
  audiences: readonly Audience[] | undefined,
): ReadonlySet<SectionKey> {
  const problems = new Set<SectionKey>();
  const o = core.organisation;
  if (
    o.legalName.trim() === '' ||
    checkRegistrationNumber(o.registrationNumber, o.jurisdiction) ||
    checkCountry(o.country) ||
    checkEmail(o.email) ||
    checkPhone(o.phone) ||
    checkUrl(o.website) ||
    checkEmail(o.privacyEmail)
  )
    problems.add('organisation');

  const c = core.privacyContact;
  if (checkEmail(c.email) || checkPhone(c.phone) || (c.kind === 'dpo' && c.isManagement))
    problems.add('privacyContact');

  const r = core.representative;
  if (r && (checkEmail(r.email) || checkPhone(r.phone))) problems.add('representative');

  if (core.jointControllers.some((jc) => jc.name.trim() === '')) problems.add('jointControllers');

  const primary = core.documentLanguages.primary;
  if (audiences?.some((a) => isTextMissing(a.name, primary))) problems.add('audiences');

  if (checkDate(core.policy.effectiveDate)) problems.add('policy');

  if (checkColour(core.branding.accentColor)) problems.add('branding');

  return problems;
}
