import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

import { Spinner } from '@/components/ui/spinner';

/** The otpauth:// URI as a QR code image, for an authenticator app to scan. */
export function TotpQrCode({ uri }: { uri: string }) {
  const [image, setImage] = useState<string>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    toDataURL(uri, { errorCorrectionLevel: 'M', margin: 1, width: 192 })
      .then((url) => {
        if (current) setImage(url);
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [uri]);

  if (failed) {
    return (
      <p className="text-sm text-fg-muted">The QR code could not be drawn; type the key instead.</p>
    );
  }
  if (!image) return <Spinner label="Drawing the QR code…" />;
  return (
    <img
      src={image}
      width={192}
      height={192}
      alt="QR code to scan with your authenticator app"
      className="rounded-md border border-border bg-white p-1"
    />
  );
}
