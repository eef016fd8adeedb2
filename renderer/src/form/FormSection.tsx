// A part of the form page: a heading the aside's links and the report's links can reach (id and data-path
// from the section's name), and its content.
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  /** Beside the heading: an "edit in profile" link, a copy button. */
  aside?: ReactNode;
  children: ReactNode;
}

export function FormSection({ id, title, aside, children }: Props) {
  return (
    <section className="form-section" aria-labelledby={`form-section-${id}`}>
      <div className="section-heading">
        <h2 id={`form-section-${id}`} data-path={id} tabIndex={-1}>
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
