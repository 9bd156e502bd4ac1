import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { checkImportUrl } from '@/features/knowledge/api/import-document';
import { ImportUrlForm } from '@/features/knowledge/components/import-url-form';

describe('checkImportUrl', () => {
  it('accepts absolute http and https addresses only', () => {
    expect(checkImportUrl(' https://example.com/a.pdf ')).toEqual({
      url: 'https://example.com/a.pdf',
    });
    expect(checkImportUrl('http://intranet/a')).toEqual({ url: 'http://intranet/a' });
    expect(checkImportUrl('')).toHaveProperty('error');
    expect(checkImportUrl('example.com/a.pdf')).toHaveProperty('error');
    expect(checkImportUrl('ftp://example.com/a.pdf')).toEqual({
      error: 'Only http:// and https:// addresses can be imported.',
    });
  });
});

describe('ImportUrlForm', () => {
  it('explains a bad address instead of sending it', async () => {
    const onImport = vi.fn(() => Promise.resolve(true));
    render(<ImportUrlForm onImport={onImport} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Import from URL'), 'ftp://example.com/x');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText('Only http:// and https:// addresses can be imported.'),
    ).toBeVisible();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('sends a good address and empties the field once it is accepted', async () => {
    const onImport = vi.fn(() => Promise.resolve(true));
    render(<ImportUrlForm onImport={onImport} />);
    const user = userEvent.setup();
    const field = screen.getByLabelText('Import from URL');
    await user.type(field, 'https://example.com/handbook.pdf');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(onImport).toHaveBeenCalledWith('https://example.com/handbook.pdf');
    await vi.waitFor(() => {
      expect(field).toHaveValue('');
    });
  });

  it('keeps the address when the server refuses it', async () => {
    const onImport = vi.fn(() => Promise.resolve(false));
    render(<ImportUrlForm onImport={onImport} />);
    const user = userEvent.setup();
    const field = screen.getByLabelText('Import from URL');
    await user.type(field, 'http://10.0.0.1/x.txt');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await vi.waitFor(() => {
      expect(onImport).toHaveBeenCalled();
    });
    expect(field).toHaveValue('http://10.0.0.1/x.txt');
  });
});
