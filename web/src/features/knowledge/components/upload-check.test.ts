import { describe, expect, it } from 'vitest';

import type { UploadPolicy } from '@/features/knowledge/api/get-upload-policy';
import {
  acceptedExtensions,
  readableLabels,
  uploadRefusal,
} from '@/features/knowledge/components/upload-check';

const MiB = 1024 * 1024;
const policy: UploadPolicy = {
  maxFileSizeBytes: 50 * MiB,
  readableTypes: [
    { mediaType: 'application/pdf', label: 'PDF', extensions: ['.pdf'] },
    { mediaType: 'text/plain', label: 'text', extensions: ['.txt', '.text'] },
    { mediaType: 'text/markdown', label: 'Markdown', extensions: ['.md'] },
    { mediaType: 'text/x-web-markdown', label: 'Markdown', extensions: ['.md'] },
  ],
};

describe('uploadRefusal', () => {
  it('refuses a file over the limit, naming both sizes', () => {
    expect(
      uploadRefusal({ name: 'big.pdf', size: 77 * MiB, type: 'application/pdf' }, policy),
    ).toBe('This file is 77 MB; the limit is 50 MB.');
  });

  it('accepts a file exactly at the limit', () => {
    expect(uploadRefusal({ name: 'edge.pdf', size: 50 * MiB, type: '' }, policy)).toBeNull();
  });

  it('names a Windows program as such', () => {
    expect(
      uploadRefusal({ name: 'setup.EXE', size: 10, type: 'application/x-msdownload' }, policy),
    ).toBe("This file type can't be read: Windows program.");
  });

  it('names images by their family and unknown extensions by the extension', () => {
    expect(uploadRefusal({ name: 'cat.png', size: 10, type: 'image/png' }, policy)).toBe(
      "This file type can't be read: image.",
    );
    expect(uploadRefusal({ name: 'data.xyz', size: 10, type: '' }, policy)).toBe(
      "This file type can't be read: .xyz file.",
    );
  });

  it('accepts readable extensions in any case, and leaves files without one to the server', () => {
    expect(uploadRefusal({ name: 'Notes.MD', size: 10, type: '' }, policy)).toBeNull();
    expect(uploadRefusal({ name: 'README', size: 10, type: '' }, policy)).toBeNull();
    expect(uploadRefusal({ name: '.profile', size: 10, type: '' }, policy)).toBeNull();
  });
});

describe('the picker and the hint', () => {
  it('lists each extension and label once', () => {
    expect(acceptedExtensions(policy)).toBe('.pdf,.txt,.text,.md');
    expect(readableLabels(policy)).toBe('PDF, text, Markdown');
  });
});
