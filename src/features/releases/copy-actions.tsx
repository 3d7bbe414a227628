import { useState } from 'react';

type Props = { link: string; citation: string };

async function writeClipboard(text: string): Promise<boolean> {
  // Absent on plain http: and in some embedded browsers; a refusal rejects.
  if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copy link and Copy citation, announcing the outcome in a live region. */
export function CopyActions({ link, citation }: Props) {
  const [outcome, setOutcome] = useState<{ message: string; text?: string }>({ message: '' });

  const copy = async (text: string, what: string) => {
    if (await writeClipboard(text)) setOutcome({ message: `Copied the ${what}.` });
    else
      setOutcome({
        message: `Copying is not available in this browser. Select the ${what} below and copy it.`,
        text,
      });
  };

  return (
    <div className="copy-actions no-print">
      <button type="button" onClick={() => void copy(link, 'link')}>
        Copy link
      </button>
      <button type="button" onClick={() => void copy(citation, 'citation')}>
        Copy citation
      </button>
      <p role="status" className="copy-actions-status">
        {outcome.message}
      </p>
      {outcome.text ? (
        <p className="copy-actions-fallback" dir="auto">
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}
