/** The file types Seller Central accepts as appeal attachments, recognised by their first bytes. */
export const uploadTypes = {
  pdf: { extensions: ['.pdf'], contentType: 'application/pdf' },
  jpeg: { extensions: ['.jpg', '.jpeg'], contentType: 'image/jpeg' },
  png: { extensions: ['.png'], contentType: 'image/png' },
  gif: { extensions: ['.gif'], contentType: 'image/gif' },
} as const;
export type UploadType = keyof typeof uploadTypes;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The accepted type the bytes really are, whatever the name says; null for anything else. */
export function detectUploadType(bytes: Uint8Array): UploadType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  return null;
}
