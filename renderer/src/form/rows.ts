// New, empty rows of the form's lists, as the schema wants them (ids are the RowList's random UUIDs).
import type { Achievement, Award, Paper, Patent, Standard } from '../../../shared/form/schema';

export const newAchievement = (id: string): Achievement => ({ id, title: '', startDate: null, endDate: null, role: null, work: '', results: '', evidence: '' });
export const newPaper = (id: string): Paper => ({ id, title: '', venue: '', publishedOn: null, authorship: '', identifier: '' });
export const newPatent = (id: string): Patent => ({ id, title: '', kind: null, number: '', grantedOn: null, inventorship: '' });
export const newStandard = (id: string): Standard => ({ id, title: '', number: '', level: null, publishedOn: null, role: '' });
export const newAward = (id: string): Award => ({ id, name: '', grantedBy: '', level: null, awardedOn: null, rank: '' });
