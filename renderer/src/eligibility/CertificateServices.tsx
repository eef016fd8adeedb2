// "What your certificate can do for you": the List 3.0 services of every category the applicant's
// certificates hold, each with the notice's words; and for Guangzhou, the catalogue's provisions (the
// corresponding level, a higher level with years, renewals that accumulate) with the report's words.
import type { Application } from '../../../shared/application/schema';
import { certificateServices, listServices, type Programme } from '../../../shared/programmes';
import type { Profile } from '../../../shared/profile/schema';
import { useI18n } from '../i18n';
import { SourceNote } from '../programmes/SourceNote';
import { hrefOf } from '../router';

interface Props {
  applicantId: string;
  profile: Profile;
  application: Application;
  programme: Programme | null;
}

function ListServices({ applicantId, profile }: Pick<Props, 'applicantId' | 'profile'>) {
  const { t, pick, error } = useI18n();
  const list = listServices();
  const categories = [...new Set(profile.certificates.flatMap((certificate) => certificate.categories))];
  const services = certificateServices(categories);
  if (!list.ok) return <p className="banner banner-error">{error(list.error)}</p>;
  if (!services.ok) return <p className="banner banner-error">{error(services.error)}</p>;
  if (services.value.length === 0) {
    return (
      <p className="muted">
        {t('services.none')} <a href={hrefOf({ name: 'profile', applicantId, section: 'certificates' })}>{t('services.editInProfile')}</a>
      </p>
    );
  }
  return (
    <>
      <p className="muted">{t('services.intro', { list: pick(list.value.name) })}</p>
      {services.value.map((category) => (
        <div key={category.category} className="service-category" data-category={category.category}>
          <h3>{pick(category.name)}</h3>
          <ul className="services">
            {category.services.map((service) => (
              <li key={service.id}>
                <p>{pick(service.label)}</p>
                {service.sources.map((source, index) => (
                  <SourceNote key={index} source={source} />
                ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function CatalogueProvisions({ programme, application }: { programme: Programme; application: Application }) {
  const { t, pick } = useI18n();
  const catalogue = programme.catalogue;
  if (!catalogue) return null;
  const chosen = catalogue.levels.find((entry) => entry.level === application.catalogueLevel);
  return (
    <div className="catalogue" data-catalogue={programme.id}>
      <h3>{t('catalogue.heading')}</h3>
      {chosen ? (
        <div className="level-note">
          <p>{t('catalogue.level', { title: pick(chosen.title), count: chosen.qualifications })}</p>
          <SourceNote source={chosen.source} programme={programme} />
        </div>
      ) : (
        <p className="muted">{t('catalogue.levelMissing')}</p>
      )}
      <p>{t('catalogue.provisions')}</p>
      <ul className="services">
        {catalogue.provisions.map((provision) => (
          <li key={provision.id} data-provision={provision.id}>
            <p>{pick(provision.summary)}</p>
            <SourceNote source={provision.source} programme={programme} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CertificateServices({ applicantId, profile, application, programme }: Props) {
  const { t } = useI18n();
  return (
    <section className="card certificate-services" aria-labelledby="services-heading" id="services">
      <h2 id="services-heading">{t('services.heading')}</h2>
      {programme?.catalogue && <CatalogueProvisions programme={programme} application={application} />}
      {/* The List 3.0 services are Shanghai's: not shown as if they applied to a Guangzhou application. */}
      {programme?.city !== 'guangzhou' && <ListServices applicantId={applicantId} profile={profile} />}
    </section>
  );
}
