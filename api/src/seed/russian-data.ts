import type { Random } from './random';

/**
 * Word lists and small generators for Russian B2B demo data: companies, people, addresses, phones, emails,
 * notes and tasks that look like what a sales team in the Urals, Western Siberia and the Kuban keeps.
 */

const words = (text: string): string[] => text.trim().split(/\s+/);
const lines = (text: string): string[] => text.trim().split('\n').map((line) => line.trim());

// ── Geography ───────────────────────────────────────────────────────────────────────────────────────────────

export type BranchCode = 'EKB' | 'TMN' | 'KRD';

export interface BranchSeed {
  code: BranchCode;
  name: string;
  timeZone: string;
  /** Russia keeps no daylight saving time, so a fixed offset gives local day boundaries. */
  utcOffsetHours: number;
}

export const BRANCHES: readonly BranchSeed[] = [
  { code: 'EKB', name: 'Екатеринбург', timeZone: 'Asia/Yekaterinburg', utcOffsetHours: 5 },
  { code: 'TMN', name: 'Тюмень', timeZone: 'Asia/Yekaterinburg', utcOffsetHours: 5 },
  { code: 'KRD', name: 'Краснодар', timeZone: 'Europe/Moscow', utcOffsetHours: 3 },
];

export interface RegionSeed {
  name: string;
  branch: BranchCode;
  /** The first two digits of INNs, KPPs and OGRNs registered there. */
  taxCode: string;
}

export const REGIONS: readonly RegionSeed[] = [
  { name: 'Свердловская область', branch: 'EKB', taxCode: '66' },
  { name: 'Челябинская область', branch: 'EKB', taxCode: '74' },
  { name: 'Пермский край', branch: 'EKB', taxCode: '59' },
  { name: 'Тюменская область', branch: 'TMN', taxCode: '72' },
  { name: 'Ханты-Мансийский автономный округ — Югра', branch: 'TMN', taxCode: '86' },
  { name: 'Ямало-Ненецкий автономный округ', branch: 'TMN', taxCode: '89' },
  { name: 'Краснодарский край', branch: 'KRD', taxCode: '23' },
  { name: 'Республика Адыгея', branch: 'KRD', taxCode: '01' },
];

export interface CitySeed {
  name: string;
  region: string;
  /** The area code after +7: 3, 4 or 5 digits; the subscriber number fills the rest of 10 digits. */
  phoneCode: string;
  postalPrefix: string;
  timeZone: string;
  /** Local tax offices: the first 4 digits of INN and KPP. */
  taxOffices: string[];
  streets: string[];
  /** Relative share of the branch's companies. */
  weight: number;
}

export const CITIES: readonly CitySeed[] = [
  {
    name: 'Екатеринбург', region: 'Свердловская область', phoneCode: '343', postalPrefix: '620',
    timeZone: 'Asia/Yekaterinburg', taxOffices: ['6658', '6659', '6670', '6671', '6672', '6679', '6685'], weight: 10,
    streets: lines(`ул. Малышева
      ул. Ленина
      ул. 8 Марта
      ул. Белинского
      ул. Фронтовых Бригад
      ул. Куйбышева
      ул. Шейнкмана
      ул. Новаторов
      ул. Машиностроителей
      ул. Викулова
      ул. Героев России
      ул. Челюскинцев
      Сибирский тракт
      ул. Хохрякова
      ул. Бебеля
      пр. Космонавтов`),
  },
  {
    name: 'Нижний Тагил', region: 'Свердловская область', phoneCode: '3435', postalPrefix: '622',
    timeZone: 'Asia/Yekaterinburg', taxOffices: ['6623', '6668'], weight: 2,
    streets: lines(`пр. Ленина
      ул. Красноармейская
      Восточное шоссе
      ул. Окунева
      ул. Индустриальная`),
  },
  {
    name: 'Челябинск', region: 'Челябинская область', phoneCode: '351', postalPrefix: '454',
    timeZone: 'Asia/Yekaterinburg', taxOffices: ['7447', '7448', '7451', '7452', '7453'], weight: 5,
    streets: lines(`пр. Ленина
      ул. Кирова
      Свердловский пр.
      Комсомольский пр.
      ул. Труда
      ул. Энтузиастов
      ул. Братьев Кашириных
      ул. Героев Танкограда`),
  },
  {
    name: 'Пермь', region: 'Пермский край', phoneCode: '342', postalPrefix: '614',
    timeZone: 'Asia/Yekaterinburg', taxOffices: ['5902', '5903', '5904', '5905', '5906'], weight: 4,
    streets: lines(`Комсомольский пр.
      ул. Ленина
      ул. Петропавловская
      шоссе Космонавтов
      ул. Героев Хасана
      ул. Сибирская
      ул. Куйбышева`),
  },
  {
    name: 'Тюмень', region: 'Тюменская область', phoneCode: '3452', postalPrefix: '625',
    timeZone: 'Asia/Yekaterinburg', taxOffices: ['7202', '7203', '7204', '7224'], weight: 10,
    streets: lines(`ул. Республики
      ул. Мельникайте
      ул. Широтная
      ул. 50 лет Октября
      ул. Герцена
      ул. Ямская
      ул. Федюнинского
      ул. Максима Горького
      Ялуторовский тракт`),
  },
  {
    name: 'Тобольск', region: 'Тюменская область', phoneCode: '3456', postalPrefix: '626',
    timeZone: 'Asia/Yekaterinburg', taxOffices: ['7206'], weight: 1,
    streets: lines(`ул. Ремезова
      ул. Октябрьская
      ул. Семена Ремезова
      9-й микрорайон`),
  },
  {
    name: 'Сургут', region: 'Ханты-Мансийский автономный округ — Югра', phoneCode: '3462', postalPrefix: '628',
    timeZone: 'Asia/Yekaterinburg', taxOffices: ['8602', '8617'], weight: 3,
    streets: lines(`пр. Ленина
      ул. 30 лет Победы
      ул. Университетская
      Нефтеюганское шоссе
      ул. Промышленная`),
  },
  {
    name: 'Новый Уренгой', region: 'Ямало-Ненецкий автономный округ', phoneCode: '3494', postalPrefix: '629',
    timeZone: 'Asia/Yekaterinburg', taxOffices: ['8904'], weight: 1,
    streets: lines(`ул. Геологоразведчиков
      пр. Губкина
      ул. Промысловая`),
  },
  {
    name: 'Краснодар', region: 'Краснодарский край', phoneCode: '861', postalPrefix: '350',
    timeZone: 'Europe/Moscow', taxOffices: ['2308', '2309', '2310', '2311', '2312'], weight: 10,
    streets: lines(`ул. Красная
      ул. Северная
      ул. Уральская
      ул. Ставропольская
      ул. Садовая
      ул. Тургенева
      ул. Московская
      ул. Селезнёва
      ул. Бородинская`),
  },
  {
    name: 'Новороссийск', region: 'Краснодарский край', phoneCode: '8617', postalPrefix: '353',
    timeZone: 'Europe/Moscow', taxOffices: ['2315'], weight: 2,
    streets: lines(`ул. Советов
      Сухумийское шоссе
      ул. Портовая
      пр. Ленина`),
  },
  {
    name: 'Сочи', region: 'Краснодарский край', phoneCode: '862', postalPrefix: '354',
    timeZone: 'Europe/Moscow', taxOffices: ['2317', '2319', '2320'], weight: 2,
    streets: lines(`Курортный пр.
      ул. Навагинская
      ул. Горького
      ул. Донская`),
  },
  {
    name: 'Майкоп', region: 'Республика Адыгея', phoneCode: '8772', postalPrefix: '385',
    timeZone: 'Europe/Moscow', taxOffices: ['0105'], weight: 1,
    streets: lines(`ул. Пролетарская
      ул. Краснооктябрьская
      ул. Шовгенова`),
  },
];

const MOBILE_CODES: Record<BranchCode, string[]> = {
  EKB: words('902 904 908 912 919 922 932 950 953 958 982 992 996 900'),
  TMN: words('904 912 919 922 929 932 950 961 982 992 908'),
  KRD: words('918 928 938 988 989 961 967 900 905'),
};

export function makeAddress(random: Random, city: CitySeed): string {
  const postal = city.postalPrefix + String(random.int(0, 120)).padStart(3, '0');
  const house = `д. ${random.int(1, 180)}${random.chance(0.15) ? random.pick(['а', 'б', '/1', ', корп. 2', ', стр. 3']) : ''}`;
  const office = random.chance(0.6) ? `, ${random.pick(['оф.', 'офис', 'пом.'])} ${random.int(1, 820)}` : '';
  return `${postal}, г. ${city.name}, ${random.pick(city.streets)}, ${house}${office}`;
}

// ── Phones ──────────────────────────────────────────────────────────────────────────────────────────────────

function groupDigits(digits: string): string {
  // Russian style: the last four digits in pairs, the rest in front — "123-45-67", "12-34-56", "1-23-45".
  return `${digits.slice(0, -4)}-${digits.slice(-4, -2)}-${digits.slice(-2)}`;
}

/** A landline as people write it: "+7 (343) 123-45-67", "8 (3452) 12-34-56", sometimes with "доб. 123". */
export function cityPhone(random: Random, city: CitySeed, withExtension = false): string {
  // Subscriber numbers start with 2–5 here; 0, 1, 8 and 9 are not given to landlines.
  const rest = 9 - city.phoneCode.length;
  const subscriber = `${random.int(2, 5)}${String(random.int(0, 10 ** rest - 1)).padStart(rest, '0')}`;
  const trunk = random.chance(0.7) ? '+7' : '8';
  const extension = withExtension ? `, доб. ${random.int(100, 4999)}` : '';
  return `${trunk} (${city.phoneCode}) ${groupDigits(subscriber)}${extension}`;
}

/** A mobile as people write it: "+7 (912) 345-67-89", "8 912 345-67-89", "+79123456789". */
export function mobilePhone(random: Random, branch: BranchCode): string {
  const code = random.pick(MOBILE_CODES[branch]);
  const subscriber = String(random.int(1_000_000, 9_999_999));
  return random.weighted<string>([
    [`+7 (${code}) ${groupDigits(subscriber)}`, 5],
    [`8 ${code} ${groupDigits(subscriber)}`, 3],
    [`+7${code}${subscriber}`, 2],
  ]);
}

export const COMPANY_PHONE_COMMENTS = lines(`приёмная
  отдел снабжения
  бухгалтерия
  склад
  отдел продаж
  секретарь
  производство`);

// ── Companies ───────────────────────────────────────────────────────────────────────────────────────────────

/** Brand roots used alone («Вектор»), hyphenated («Вектор-Урал») or glued to a suffix («УралСтройМонтаж»). */
export const BRAND_ROOTS = words(`
  Ромашка Вектор Альфа Бета Гамма Дельта Омега Сигма Гранит Базальт Кварц Малахит Яшма Изумруд Рубин Сапфир
  Янтарь Меридиан Горизонт Орион Сириус Вега Альтаир Зенит Квант Импульс Прогресс Стандарт Лидер Партнёр Атлант
  Феникс Титан Магнит Кристалл Спектр Фаворит Эталон Мастер Профи Формат Контур Ресурс Потенциал Альянс Союз
  Континент Регион Магистраль Меркурий Гелиос Аврора Арсенал Бастион Форпост Кедр Берёзка Рябина Калина Тайга
  Исеть Чусовая Тобол Тура Иртыш Кама Сибирь Север Восток Юг Волна Исток Родник Маяк Парус Якорь Компас Штурман
  Навигатор Капитал Фортуна Успех Старт Перспектива Прайм Оптима Максима Глобус Планета Галактика Спутник Энергия
  Опора Фундамент Каркас Монолит Сталь Профиль Атом Фактор Интеграл Модуль Вертикаль Диалог Гарант Статус Престиж
  Триумф Олимп Эверест Эльбрус Ирбис Беркут Сокол Кондор Пеликан Барс Медведь Гепард Мустанг Тройка Дюна Оазис
  Пирамида Сфера Куб Призма Линия Точка Грань Эра Эпоха Век Новатор Технолог Инженер Строитель Кузнец Мельник
  Урал Сиб Тюмень Кубань Югра Ямал Зауралье Прикамье Черномор Таврида Екат Челябинск Пермь Сургут Адыгея
`);

/** Geographic and industry prefixes for glued brands: «Урал» + «Строй» + «Монтаж». */
const GLUE_PREFIXES = words(`
  Урал Сиб Тюмень Кубань Югра Исеть Кама Тобол Север Юг Техно Пром Энерго Агро Евро Рус Нефте Газ Мед Сталь
`);

const BRAND_REGIONS = words('Урал Сибирь Юг Кубань Тюмень Пермь Екб Север');

export const BRAND_SUFFIXES = words(`
  Строй Монтаж Снаб ТехСнаб Торг Трейд Логистик Транс Сервис Комплект Пром Металл Энерго Электро Авто Агро Хим
  Пласт Лес Дор Газ Нефть Мед Фарм Инвест Проект Систем Групп Холдинг Маркет Опт Маш Инжиниринг Ресурс Сталь
  Бетон Кабель Тепло Климат Софт Телеком Кровля Фасад Мебель Трейдинг
`);

export interface LegalForm {
  short: string;
  full: string;
  weight: number;
  isIndividual: boolean;
}

export const LEGAL_FORMS: readonly LegalForm[] = [
  { short: 'ООО', full: 'Общество с ограниченной ответственностью', weight: 68, isIndividual: false },
  { short: 'АО', full: 'Акционерное общество', weight: 8, isIndividual: false },
  { short: 'ЗАО', full: 'Закрытое акционерное общество', weight: 2, isIndividual: false },
  { short: 'ПАО', full: 'Публичное акционерное общество', weight: 2, isIndividual: false },
  { short: 'ИП', full: 'Индивидуальный предприниматель', weight: 20, isIndividual: true },
];

/** A brand name without quotes, varied enough that 2,000 companies rarely repeat. */
export function makeBrand(random: Random): string {
  // No «ЭнергоЭнерго» or «Урал-Урал»: a glued part never repeats a part before it.
  const unlike = (parts: readonly string[], taken: string) => parts.filter((p) => !taken.toLowerCase().includes(p.toLowerCase()));
  const root = random.pick(BRAND_ROOTS);
  const prefix = random.pick(GLUE_PREFIXES);
  const glued = prefix + random.pick(unlike(BRAND_SUFFIXES, prefix));
  return random.weighted<() => string>([
    [() => root, 15],
    [() => glued, 20],
    [() => glued + random.pick(unlike(BRAND_SUFFIXES, glued)), 12],
    [() => `${root}-${random.pick(unlike(BRAND_SUFFIXES, root))}`, 20],
    [() => `${root}-${random.pick(unlike(BRAND_REGIONS, root))}`, 10],
    [() => root + random.pick([' Плюс', '-М', '-Т', '-К', '-С', ' Групп', ' Трейд', ' Про', '-2000', '-96']), 13],
    [() => `${root} ${random.pick(unlike(BRAND_SUFFIXES, root))}`, 10],
  ])();
}

// ── People ──────────────────────────────────────────────────────────────────────────────────────────────────

export const MALE_SURNAMES = words(`
  Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев
  Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов
  Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин
  Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров
  Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов
  Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов
  Ефимов Федотов Щербаков Назаров Калинин Исаев Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов
  Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков
  Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов
  Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Тихомиров Галкин Лукьянов Михеев Скворцов Юдин
  Белоусов Нестеров Симонов Харитонов Князев Цветков Мальцев Логинов Горшков Савин Краснов Демидов Елисеев
  Рыбаков Сафонов Плотников Хохлов Жданов Шубин Третьяков Вишневский Островский Покровский Шевченко Бондаренко
  Ткаченко Кравченко Лысенко Черных Седых Белых Долгих Мухаметшин Хабибуллин Гарипов Сафин Валиев
`);

/** [first name, patronymic of his son, patronymic of his daughter] */
const MALE_NAMES: ReadonlyArray<readonly [string, string, string]> = [
  ['Александр', 'Александрович', 'Александровна'], ['Алексей', 'Алексеевич', 'Алексеевна'],
  ['Андрей', 'Андреевич', 'Андреевна'], ['Антон', 'Антонович', 'Антоновна'], ['Артём', 'Артёмович', 'Артёмовна'],
  ['Борис', 'Борисович', 'Борисовна'], ['Вадим', 'Вадимович', 'Вадимовна'], ['Валерий', 'Валерьевич', 'Валерьевна'],
  ['Василий', 'Васильевич', 'Васильевна'], ['Виктор', 'Викторович', 'Викторовна'],
  ['Виталий', 'Витальевич', 'Витальевна'], ['Владимир', 'Владимирович', 'Владимировна'],
  ['Владислав', 'Владиславович', 'Владиславовна'], ['Вячеслав', 'Вячеславович', 'Вячеславовна'],
  ['Геннадий', 'Геннадьевич', 'Геннадьевна'], ['Георгий', 'Георгиевич', 'Георгиевна'],
  ['Григорий', 'Григорьевич', 'Григорьевна'], ['Денис', 'Денисович', 'Денисовна'],
  ['Дмитрий', 'Дмитриевич', 'Дмитриевна'], ['Евгений', 'Евгеньевич', 'Евгеньевна'], ['Егор', 'Егорович', 'Егоровна'],
  ['Иван', 'Иванович', 'Ивановна'], ['Игорь', 'Игоревич', 'Игоревна'], ['Илья', 'Ильич', 'Ильинична'],
  ['Кирилл', 'Кириллович', 'Кирилловна'], ['Константин', 'Константинович', 'Константиновна'],
  ['Леонид', 'Леонидович', 'Леонидовна'], ['Максим', 'Максимович', 'Максимовна'],
  ['Михаил', 'Михайлович', 'Михайловна'], ['Никита', 'Никитич', 'Никитична'], ['Николай', 'Николаевич', 'Николаевна'],
  ['Олег', 'Олегович', 'Олеговна'], ['Павел', 'Павлович', 'Павловна'], ['Пётр', 'Петрович', 'Петровна'],
  ['Роман', 'Романович', 'Романовна'], ['Руслан', 'Русланович', 'Руслановна'], ['Сергей', 'Сергеевич', 'Сергеевна'],
  ['Станислав', 'Станиславович', 'Станиславовна'], ['Степан', 'Степанович', 'Степановна'],
  ['Юрий', 'Юрьевич', 'Юрьевна'], ['Ярослав', 'Ярославович', 'Ярославовна'],
];

const FEMALE_NAMES = words(`
  Анна Анастасия Алёна Алина Валентина Валерия Вера Виктория Галина Дарья Евгения Екатерина Елена Елизавета Жанна
  Ирина Карина Кристина Ксения Лариса Людмила Любовь Марина Мария Надежда Наталья Нина Оксана Ольга Полина
  Светлана Софья Татьяна Юлия Яна Эльвира Регина
`);

/** Иванов → Иванова, Вишневский → Вишневская; Шевченко and Черных do not change. */
export function feminineSurname(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ский|цкий)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  return surname;
}

export interface Person {
  lastName: string;
  firstName: string;
  middleName: string;
  isFemale: boolean;
}

export function makePerson(random: Random): Person {
  const isFemale = random.chance(0.45);
  const [, sonOf, daughterOf] = random.pick(MALE_NAMES);
  const surname = random.pick(MALE_SURNAMES);
  return isFemale
    ? { lastName: feminineSurname(surname), firstName: random.pick(FEMALE_NAMES), middleName: daughterOf, isFemale }
    : { lastName: surname, firstName: random.pick(MALE_NAMES)[0], middleName: sonOf, isFemale };
}

export const fullName = (person: Person): string => `${person.lastName} ${person.firstName} ${person.middleName}`;

export const POSITIONS = lines(`Генеральный директор
  Директор
  Коммерческий директор
  Технический директор
  Заместитель директора
  Главный инженер
  Главный бухгалтер
  Бухгалтер
  Менеджер по закупкам
  Начальник отдела снабжения
  Специалист по снабжению
  Специалист по тендерам
  Инженер ПТО
  Прораб
  Начальник участка
  Главный механик
  Главный энергетик
  Руководитель отдела продаж
  Логист
  Офис-менеджер
  Секретарь
  Юрист
  Начальник производства`);

export const CONTACT_NOTES = lines(`ЛПР, решает вопросы закупок
  Лучше звонить после обеда
  Согласовывает договоры, подписывает директор
  Просила присылать КП только на почту
  Отвечает за тендеры на площадках
  В отпуске до конца месяца, замещает заместитель
  Предпочитает WhatsApp
  Не звонить в понедельник до 11:00 — планёрка`);

// ── Activity, dictionaries ──────────────────────────────────────────────────────────────────────────────────

export interface DictionarySeed {
  name: string;
  color: string;
}

export const COMPANY_STATUSES = {
  NEW: { name: 'Новый', color: '#2f80ed' },
  POTENTIAL: { name: 'Потенциальный', color: '#9b51e0' },
  IN_WORK: { name: 'В работе', color: '#f2994a' },
  CLIENT: { name: 'Клиент', color: '#27ae60' },
  REFUSED: { name: 'Отказ', color: '#eb5757' },
} as const satisfies Record<string, DictionarySeed>;

export type CompanyStatusKey = keyof typeof COMPANY_STATUSES;

export const SPHERES: readonly DictionarySeed[] = [
  { name: 'Строительство', color: '#f2994a' },
  { name: 'Производство', color: '#2f80ed' },
  { name: 'Торговля', color: '#27ae60' },
  { name: 'Логистика', color: '#56ccf2' },
  { name: 'IT', color: '#9b51e0' },
  { name: 'Медицина', color: '#eb5757' },
  { name: 'Образование', color: '#f2c94c' },
  { name: 'Сельское хозяйство', color: '#6fcf97' },
  { name: 'Энергетика', color: '#f2c94c' },
  { name: 'Нефть и газ', color: '#4f4f4f' },
  { name: 'ЖКХ', color: '#828282' },
  { name: 'Общепит и гостиницы', color: '#bb6bd9' },
];

export const TASK_TYPES = {
  CALL: { name: 'Звонок', icon: 'phone', color: '#2f80ed' },
  MEETING: { name: 'Встреча', icon: 'users', color: '#27ae60' },
  LETTER: { name: 'Письмо', icon: 'mail', color: '#9b51e0' },
  PROPOSAL: { name: 'КП', icon: 'file', color: '#f2994a' },
  OTHER: { name: 'Другое', icon: 'dot', color: '#828282' },
} as const satisfies Record<string, DictionarySeed & { icon: string }>;

export type TaskTypeKey = keyof typeof TASK_TYPES;

/** ОКВЭД-style activity kinds with the sphere each belongs to. */
export const ACTIVITIES: ReadonlyArray<readonly [activity: string, sphere: string]> = [
  ['41.20 Строительство жилых и нежилых зданий', 'Строительство'],
  ['42.11 Строительство автомобильных дорог и автомагистралей', 'Строительство'],
  ['43.21 Производство электромонтажных работ', 'Строительство'],
  ['43.22 Производство санитарно-технических работ, монтаж отопительных систем и кондиционирования', 'Строительство'],
  ['43.91 Производство кровельных работ', 'Строительство'],
  ['71.12 Деятельность в области инженерных изысканий, инженерно-технического проектирования', 'Строительство'],
  ['77.32 Аренда и лизинг строительных машин и оборудования', 'Строительство'],
  ['25.11 Производство строительных металлических конструкций, изделий и их частей', 'Производство'],
  ['22.21 Производство пластмассовых плит, полос, труб и профилей', 'Производство'],
  ['23.61 Производство изделий из бетона для использования в строительстве', 'Производство'],
  ['28.29 Производство прочих машин и оборудования общего назначения', 'Производство'],
  ['16.10 Распиловка и строгание древесины', 'Производство'],
  ['10.71 Производство хлеба и мучных кондитерских изделий недлительного хранения', 'Производство'],
  ['46.73 Торговля оптовая лесоматериалами, строительными материалами и санитарно-техническим оборудованием', 'Торговля'],
  ['46.69 Торговля оптовая прочими машинами и оборудованием', 'Торговля'],
  ['46.72 Торговля оптовая металлами и металлическими рудами', 'Торговля'],
  ['46.90 Торговля оптовая неспециализированная', 'Торговля'],
  ['47.52 Торговля розничная скобяными изделиями, лакокрасочными материалами и стеклом', 'Торговля'],
  ['45.31 Торговля оптовая автомобильными деталями, узлами и принадлежностями', 'Торговля'],
  ['49.41 Деятельность автомобильного грузового транспорта', 'Логистика'],
  ['52.10 Деятельность по складированию и хранению', 'Логистика'],
  ['52.29 Деятельность вспомогательная прочая, связанная с перевозками', 'Логистика'],
  ['62.01 Разработка компьютерного программного обеспечения', 'IT'],
  ['62.02 Деятельность консультативная и работы в области компьютерных технологий', 'IT'],
  ['63.11 Деятельность по обработке данных, предоставление услуг по размещению информации', 'IT'],
  ['86.10 Деятельность больничных организаций', 'Медицина'],
  ['86.23 Стоматологическая практика', 'Медицина'],
  ['46.46 Торговля оптовая фармацевтической продукцией', 'Медицина'],
  ['85.41 Образование дополнительное детей и взрослых', 'Образование'],
  ['85.30 Обучение профессиональное', 'Образование'],
  ['01.11 Выращивание зерновых и зернобобовых культур, семян масличных культур', 'Сельское хозяйство'],
  ['01.41 Разведение молочного крупного рогатого скота, производство сырого молока', 'Сельское хозяйство'],
  ['01.13 Выращивание овощей, бахчевых, корнеплодных и клубнеплодных культур', 'Сельское хозяйство'],
  ['35.11 Производство электроэнергии', 'Энергетика'],
  ['35.30 Производство, передача и распределение пара и горячей воды', 'Энергетика'],
  ['06.10 Добыча нефти', 'Нефть и газ'],
  ['09.10 Предоставление услуг в области добычи нефти и природного газа', 'Нефть и газ'],
  ['68.32 Управление недвижимым имуществом за вознаграждение или на договорной основе', 'ЖКХ'],
  ['81.10 Деятельность по комплексному обслуживанию помещений', 'ЖКХ'],
  ['55.10 Деятельность гостиниц и прочих мест для временного проживания', 'Общепит и гостиницы'],
  ['56.10 Деятельность ресторанов и услуги по доставке продуктов питания', 'Общепит и гостиницы'],
];

export const WORKING_HOURS = lines(`Пн–Пт 9:00–18:00
  Пн–Пт 8:00–17:00
  Пн–Пт 8:30–17:30, обед 12:00–13:00
  Пн–Сб 9:00–20:00
  Пн–Чт 8:00–17:00, Пт 8:00–16:00
  Круглосуточно`);

// ── Notes and tasks ─────────────────────────────────────────────────────────────────────────────────────────

export const PRODUCTS = lines(`арматура А500С
  металлопрокат
  профнастил
  сэндвич-панели
  кабельная продукция
  трубы ПНД
  спецодежда и СИЗ
  офисная мебель
  стеллажи для склада
  светодиодные светильники
  щебень и песок
  товарный бетон
  утеплитель
  кровельные материалы
  запчасти для спецтехники
  насосное оборудование
  расходные материалы
  лакокрасочные материалы`);

export interface NoteContext {
  contact: string;
  product: string;
  amount: string;
  weekday: string;
}

const WEEKDAYS = words('понедельник вторник среду четверг пятницу');

const NOTE_TEMPLATES: ReadonlyArray<(c: NoteContext) => string> = [
  (c) => `Позвонил, ${c.contact} на месте. Интересуются: ${c.product}. Попросили КП на почту.`,
  (c) => `Отправил КП на ${c.product}, сумма ${c.amount} ₽. Обещали рассмотреть до конца недели.`,
  (c) => `${c.contact}: бюджет на квартал уже распределён. Вернуться к разговору через месяц.`,
  (c) => `Встреча в офисе клиента. Обсудили поставки: ${c.product}. Нужен договор с отсрочкой 30 дней.`,
  (c) => `Не дозвонился, секретарь просила перезвонить в ${c.weekday}.`,
  () => 'Холодный звонок. Секретарь не соединила, попросила отправить предложение на общую почту.',
  (c) => `Пришла заявка: ${c.product}. Счёт выставлен на ${c.amount} ₽.`,
  () => 'Оплата поступила, отгрузка согласована на следующую неделю.',
  (c) => `${c.contact} в отпуске, вопросы по закупкам временно решает заместитель.`,
  () => 'Клиент недоволен сроками последней поставки. Извинились, дали скидку 3 % на следующий заказ.',
  () => 'Работают с конкурентом, цена у них ниже на 5–7 %. Предложил спеццену при объёме от 10 т.',
  () => 'Участвуют в тендере на 44-ФЗ, попросили коммерческое предложение для обоснования НМЦК.',
  (c) => `Договорились о тестовой поставке: ${c.product}. Если всё устроит — рамочный договор.`,
  () => 'Сменился директор, нужно заново выйти на ЛПР.',
  () => 'Подписали договор, оригиналы отправлены Почтой России.',
  (c) => `Уточнил потребность: ${c.product}, ежемесячно. Подготовить расчёт с доставкой.`,
  () => 'Запросили карточку предприятия и выписку из ЕГРЮЛ. Отправил.',
  () => 'Акт сверки подписан, задолженности нет.',
  (c) => `Созвонились. ${c.contact} обещает решение по КП после планёрки в ${c.weekday}.`,
  () => 'Компания переезжает в новый офис, адрес уточнить после переезда.',
  () => 'Отказ: закупки централизованы через головной офис в Москве.',
  () => 'Пригласили на объект посмотреть условия разгрузки. Нужен манипулятор.',
];

export function makeNoteText(random: Random, context: Omit<NoteContext, 'weekday'>): string {
  return random.pick(NOTE_TEMPLATES)({ ...context, weekday: random.pick(WEEKDAYS) });
}

export const TASK_TITLES: Record<TaskTypeKey, readonly string[]> = {
  CALL: lines(`Перезвонить
    Перезвонить по КП
    Уточнить потребность
    Холодный звонок
    Напомнить об оплате счёта
    Узнать решение по КП
    Поздравить с праздником`),
  MEETING: lines(`Встреча
    Встреча в офисе клиента
    Презентация продукции
    Встреча на объекте
    Переговоры по условиям договора`),
  LETTER: lines(`Отправить каталог
    Отправить письмо с реквизитами
    Отправить прайс-лист
    Ответить на запрос`),
  PROPOSAL: lines(`Отправить КП
    Подготовить коммерческое предложение
    Пересчитать КП со скидкой
    Подготовить КП для тендера`),
  OTHER: lines(`Подготовить договор
    Выставить счёт
    Сверка взаиморасчётов
    Проверить отгрузку
    Запросить закрывающие документы`),
};

export const TASK_RESULTS = lines(`Договорились о встрече
  КП отправлено, ждём ответа
  Клиент попросил перезвонить через месяц
  Счёт оплачен
  Не дозвонился, перенёс
  Заявка получена
  Договор подписан
  Клиент не заинтересован`);

// ── Latin spellings for emails and sites ────────────────────────────────────────────────────────────────────

const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** "УралСтройМонтаж" → "uralstroymontazh": lower-case ASCII the way Russian companies name their domains. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((char) => LATIN[char] ?? char).join('');
}

/** The part of a brand usable in a domain name: "Альфа-Логистик" → "alfa-logistik". */
export function domainLabel(brand: string): string {
  return transliterate(brand).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export function companyDomain(random: Random, brand: string): string {
  const label = domainLabel(brand);
  const suffix = random.weighted<string>([['', 8], ['-ural', 1], ['-group', 1]]);
  const zone = random.weighted<string>([['ru', 16], ['com', 2], ['su', 1], ['net', 1]]);
  return `${label}${suffix}.${zone}`;
}

const MAILBOXES = words('info office sales zakaz snab buh secretary mail');
const FREE_MAIL = words('mail.ru yandex.ru gmail.com bk.ru list.ru inbox.ru');

export function companyEmail(random: Random, domain: string): string {
  return `${random.pick(MAILBOXES)}@${domain}`;
}

/** ivanov@uralstroymontazh.ru, a.ivanov@…, or a personal mailbox like ivanov.a84@mail.ru. */
export function personEmail(random: Random, person: Person, domain: string | null): string {
  const last = domainLabel(person.lastName);
  const first = domainLabel(person.firstName);
  if (!domain || random.chance(0.25)) {
    const mailbox = random.pick([`${last}.${first[0]}`, `${first}.${last}`, `${last}${first[0]}`]);
    return `${mailbox}${random.int(70, 99)}@${random.pick(FREE_MAIL)}`;
  }
  return `${random.pick([last, `${first[0]}.${last}`, `${first}.${last}`, `${last}.${first[0]}`])}@${domain}`;
}
