/**
 * Query parameters that make a URL a credential: Azure SAS `sig`, S3 and GCS
 * presigned signatures and session tokens. Libraries log such URLs in debug
 * lines (`@actions/cache` logs its signed blob URLs); the URL stays readable,
 * its signature does not.
 */
const SIGNATURE_PARAMETER = /([?&](?:sig|signature|x-amz-signature|x-amz-security-token|x-amz-credential|x-goog-signature|x-goog-credential)=)[^&\s"'#<>]+/gi;

export function maskUrlSignatures(text: string): string {
  return text.includes('=') ? text.replace(SIGNATURE_PARAMETER, '$1***') : text;
}
