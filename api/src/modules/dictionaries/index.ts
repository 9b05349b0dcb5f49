import { DictionaryResolver } from './dictionary.resolver';

export { CompanyStatus, Sphere, TaskType } from './dictionary.entity';
export { DictionaryResolver } from './dictionary.resolver';
export { DictionaryService } from './dictionary.service';

export const dictionaryResolvers = [DictionaryResolver];
