import * as z from 'zod';
import { IdSchema } from '../model/primitives';
import { BackupIdSchema, REQUESTED_BACKUP_REASONS, type BackupInfo } from '../project-file/backups';
import { FileProblemSchema } from '../project-file/fileProblems';
import { MAX_FILE_BYTES } from '../project-file/format';

/**
 * The file part of the platform contract: project files, documents, backups, recent files and files
 * the operating system asks the app to open. Paths only ever come from the host (dialogs, the OS,
 * the recent list it keeps): the page can hand back a path the host gave it, never make one up.
 */
export interface ProjectFilesApi {
  /** Native open dialog filtered to .kartotek (web: a file picker) and the chosen file's text. */
  openProjectFile(): Promise<OpenProjectFileResult>;
  /**
   * Save: `path` is the file the project was opened from or last saved to (as the host reported it);
   * the file is replaced atomically. Save As: no `path`, so a save dialog opens at `suggestedName`.
   * A `path` the host did not hand out opens the dialog too. The text must be a valid project file;
   * the desktop host keeps a backup of every save. Web: a download.
   */
  saveProjectFile(request: SaveProjectFileRequest): Promise<SaveFileResult>;
  /** Save dialog for a Word document or ZIP archive, then an atomic write. Web: a download. */
  saveDocument(request: SaveDocumentRequest): Promise<SaveFileResult>;
  /** Automatic backups, newest first; of one project, or of all. */
  listBackups(projectId?: string): Promise<BackupInfo[]>;
  readBackup(id: string): Promise<ReadBackupResult>;
  /** Before an import, replace, delete or restore; "daily" is taken only when none exists for today. */
  createBackup(request: CreateBackupRequest): Promise<CreateBackupResult>;
  /** Project files opened or saved lately, newest first (desktop only; empty on the web). */
  getRecentFiles(): Promise<RecentFile[]>;
  /** Opens a file from getRecentFiles(); any other path is refused. */
  openRecentFile(path: string): Promise<OpenProjectFileResult>;
  /**
   * Files the operating system asks the app to open: double-click, "Open with", a second launch with
   * a file, macOS open-file. Requests that arrive before the page listens are kept and delivered to
   * the first listener. Returns a function that stops listening.
   */
  onOpenFileRequest(listener: (request: OpenFileRequest) => void): () => void;
  /**
   * The window title (the UI composes it, e.g. "• ITGuy ApS — Kunde.kartotek") and whether the open
   * project has changes not yet saved to its file. While `edited`, closing the window or quitting asks
   * first (desktop: a native dialog; web: the browser's leave-page prompt); macOS also marks the window.
   */
  setDocumentState(state: DocumentState): Promise<void>;
}

/** A .docx of 100 MB would already be absurd; the cap keeps a runaway renderer from filling main's memory. */
const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;
const MAX_PATH_LENGTH = 4096;

const FileNameSchema = z.string().min(1).max(255);
const HostPathSchema = z.string().min(1).max(MAX_PATH_LENGTH);
/** Text of a project file: a string of n UTF-16 units has at least n UTF-8 bytes. */
const ProjectFileTextSchema = z.string().max(MAX_FILE_BYTES);

const SaveProjectFileRequestSchema = z
  .object({
    text: ProjectFileTextSchema,
    /** The file name offered in the save dialog, e.g. projectFileName(project.name). */
    suggestedName: FileNameSchema,
    path: HostPathSchema.nullable().optional(),
  })
  .strict();
export type SaveProjectFileRequest = z.infer<typeof SaveProjectFileRequestSchema>;

const DOCUMENT_KINDS = ['docx', 'zip', 'html', 'xlsx'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const SaveDocumentRequestSchema = z
  .object({
    suggestedName: FileNameSchema,
    bytes: z.custom<Uint8Array>(
      (value) => value instanceof Uint8Array && value.byteLength <= MAX_DOCUMENT_BYTES,
      {
        message: `expected at most ${MAX_DOCUMENT_BYTES} bytes`,
      },
    ),
    kind: z.enum(DOCUMENT_KINDS),
  })
  .strict();
export type SaveDocumentRequest = z.infer<typeof SaveDocumentRequestSchema>;

const CreateBackupRequestSchema = z
  .object({
    projectId: IdSchema,
    /** The project as a project file (serializeProjectFile); it must be that project. */
    text: ProjectFileTextSchema,
    reason: z.enum(REQUESTED_BACKUP_REASONS),
  })
  .strict();
export type CreateBackupRequest = z.infer<typeof CreateBackupRequestSchema>;

export type { BackupInfo };
const Failed = z.object({ status: z.literal('failed'), problem: FileProblemSchema }).strict();
type Failed = z.infer<typeof Failed>;
type Cancelled = { status: 'cancelled' };

const OpenedFileSchema = z
  .object({
    status: z.literal('opened'),
    fileName: FileNameSchema,
    /** Where it lies, for Save and the window title; null on the web, where the page never sees paths. */
    path: HostPathSchema.nullable(),
    text: ProjectFileTextSchema,
  })
  .strict();
type OpenedFile = z.infer<typeof OpenedFileSchema>;

/** What onOpenFileRequest delivers: the file, or why it could not be read. */
export const OpenFileRequestSchema = z.discriminatedUnion('status', [OpenedFileSchema, Failed]);
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;

// The answers to the calls below are plain types: main (the trusted side) produces them, so only what
// the page sends, and what main pushes unasked (OpenFileRequestSchema above), is parsed.

export type OpenProjectFileResult = OpenedFile | Cancelled | Failed;

export type SaveFileResult = { status: 'saved'; fileName: string; path: string | null } | Cancelled | Failed;

export type ReadBackupResult = { status: 'ok'; backup: BackupInfo; text: string } | Failed;

export type CreateBackupResult =
  | { status: 'created'; backup: BackupInfo }
  /** The newest backup already holds exactly this project; it is returned instead of a copy. */
  | { status: 'unchanged'; backup: BackupInfo }
  /** A daily backup exists for today already. */
  | { status: 'notDue' }
  | Failed;

export interface RecentFile {
  path: string;
  fileName: string;
}

const DocumentStateSchema = z.object({ title: z.string().max(300), edited: z.boolean() }).strict();
export type DocumentState = z.infer<typeof DocumentStateSchema>;

/** The IPC argument tuples of the file calls (merged into IPC_CALLS). */
export const FILE_IPC_CALLS = {
  openProjectFile: { channel: 'kartotek:open-project-file', args: z.tuple([]) },
  saveProjectFile: { channel: 'kartotek:save-project-file', args: z.tuple([SaveProjectFileRequestSchema]) },
  saveDocument: { channel: 'kartotek:save-document', args: z.tuple([SaveDocumentRequestSchema]) },
  listBackups: { channel: 'kartotek:list-backups', args: z.tuple([IdSchema.optional()]) },
  readBackup: { channel: 'kartotek:read-backup', args: z.tuple([BackupIdSchema]) },
  createBackup: { channel: 'kartotek:create-backup', args: z.tuple([CreateBackupRequestSchema]) },
  getRecentFiles: { channel: 'kartotek:get-recent-files', args: z.tuple([]) },
  openRecentFile: { channel: 'kartotek:open-recent-file', args: z.tuple([HostPathSchema]) },
  setDocumentState: { channel: 'kartotek:set-document-state', args: z.tuple([DocumentStateSchema]) },
} as const;

/** main → renderer: a file the operating system asked the app to open (OpenFileRequest). */
export const OPEN_FILE_REQUEST_CHANNEL = 'kartotek:open-file-request';
