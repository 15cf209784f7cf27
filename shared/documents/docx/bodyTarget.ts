import type { FileChild } from 'docx';
import type { BodyHooks } from './bodyXml';
import type { XmlOut } from './xml';

/** Where a section's body elements go, in order: elements BodyWriter writes, and components docx writes. */
export interface BodySink<T> {
  xml(rootKey: string, write: () => T): void;
  docx(component: FileChild): void;
}

/**
 * One of the two forms BodyWriter writes the body in: as XML text spliced into what docx writes (TextBody), or as
 * docx's objects inside docx's own body (ObjectBody).
 */
export interface BodyTarget<T> extends BodyHooks<T> {
  readonly out: XmlOut<T>;
  /** Whether an element may stand in several places (see BodyWriter). */
  readonly shareElements: boolean;
  /** Starts a section: `children` becomes docx's body of the section; `sink` takes its elements. */
  section(): { children: FileChild[]; sink: BodySink<T> };
}
