/** Hands a downloaded file to the browser as a download under the given name. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // revoked on the next turn: the click has handed the blob to the browser's download by then
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
