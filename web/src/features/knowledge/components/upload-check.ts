import type { UploadPolicy } from '@/features/knowledge/api/get-upload-policy';
import { formatBytes } from '@/lib/format';

/** What people call some file types the knowledge base cannot read, by extension (the server names the rest). */
const UNREADABLE: Record<string, string> = {
  '.exe': 'Windows program',
  '.msi': 'Windows installer',
  '.dll': 'program library',
  '.bat': 'Windows script',
  '.sh': 'shell script',
  '.jar': 'Java archive',
  '.zip': 'ZIP archive',
  '.gz': 'compressed archive',
  '.tgz': 'compressed archive',
  '.7z': '7-Zip archive',
  '.rar': 'RAR archive',
  '.tar': 'TAR archive',
  '.iso': 'disk image',
  '.dmg': 'disk image',
  '.doc': 'old Word document (.doc): save it as .docx',
  '.xls': 'old Excel workbook (.xls): save it as .xlsx',
  '.ppt': 'old PowerPoint presentation (.ppt): save it as .pptx',
};

function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot).toLowerCase() : null;
}

function typeLabel(extension: string, browserType: string): string {
  const known = UNREADABLE[extension];
  if (known) return known;
  const family = browserType.split('/')[0];
  if (family === 'image' || family === 'video' || family === 'audio') return family;
  return `${extension} file`;
}

/**
 * Why a file would be refused, in one sentence, or null when it may be sent. The server stays
 * the authority (it detects the type from the bytes); this spares sending what it would refuse:
 * files over the limit, and files whose extension names a type that cannot be read. A file
 * without an extension is left to the server.
 */
export function uploadRefusal(
  file: { name: string; size: number; type: string },
  policy: UploadPolicy,
): string | null {
  if (file.size > policy.maxFileSizeBytes) {
    return `This file is ${formatBytes(file.size)}; the limit is ${formatBytes(policy.maxFileSizeBytes)}.`;
  }
  const extension = extensionOf(file.name);
  if (extension === null) return null;
  const readable = policy.readableTypes.some((type) => type.extensions.includes(extension));
  return readable ? null : `This file type can't be read: ${typeLabel(extension, file.type)}.`;
}

/** The `accept` list of a file picker: every readable extension. */
export function acceptedExtensions(policy: UploadPolicy): string {
  return [...new Set(policy.readableTypes.flatMap((type) => type.extensions))].join(',');
}

/** "PDF, Word document, …": the readable types once each, for the upload hint. */
export function readableLabels(policy: UploadPolicy): string {
  return [...new Set(policy.readableTypes.map((type) => type.label))].join(', ');
}
