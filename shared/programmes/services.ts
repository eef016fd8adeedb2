// "What your certificate can do for you": the services of each List 3.0 category, with the notice's words.
import servicesFile from '../../templates/programmes/shanghai-list-3.0-services.json';
import { describeIssues, toFieldIssues } from '../contract/issues';
import { fail, ok, type Result } from '../contract/result';
import { CERTIFICATE_CATEGORIES, listServicesSchema, type CategoryServices, type CertificateCategory, type ListServices } from './catalogueSchema';

let cached: Result<ListServices> | null = null;

export function listServices(): Result<ListServices> {
  if (!cached) {
    const parsed = listServicesSchema.safeParse(servicesFile);
    cached = parsed.success
      ? ok(parsed.data)
      : fail('internal', `List 3.0 services file is invalid: ${describeIssues(toFieldIssues(parsed.error))}`);
  }
  return cached;
}

/** The services for the categories a certificate holds, in the list's order A–D; unknown letters are ignored. */
export function certificateServices(categories: readonly string[]): Result<CategoryServices[]> {
  const list = listServices();
  if (!list.ok) return list;
  const held = new Set(categories.filter((value): value is CertificateCategory => (CERTIFICATE_CATEGORIES as readonly string[]).includes(value)));
  return ok(list.value.categories.filter((entry) => held.has(entry.category)));
}
