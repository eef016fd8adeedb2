// "Attach a scan…": a button that opens the file chooser (the input itself is hidden, as the summary's
// import does), for PDF, JPEG and PNG. The chooser's filter is a convenience only: the backend decides
// by the bytes.
import { useRef } from 'react';

export interface UploadButtonProps {
  label: string;
  title?: string;
  disabled?: boolean;
  multiple?: boolean;
  onFiles(files: File[]): void;
  testId?: string;
}

export function UploadButton({ label, title, disabled, multiple = true, onFiles, testId }: UploadButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        multiple={multiple}
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        data-testid={testId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = ''; // choosing the same file again must fire again
          if (files.length > 0) onFiles(files);
        }}
      />
      <button type="button" className="upload-button" title={title} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
    </>
  );
}
