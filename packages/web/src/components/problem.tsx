/** A problem the server or the browser reported, announced to screen readers. */
export function Problem({ message }: { message: string | null | undefined }) {
  return message ? (
    <p role="alert" className="status bad">
      {message}
    </p>
  ) : null;
}
