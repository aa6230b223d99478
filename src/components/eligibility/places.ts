/**
 * Where the elder lives (街道 then 村社, an optional answer) and whom that tells them to ask: the
 * 村社居家养老服务照料中心 of the community and the 镇街居家养老服务中心 of the street or town, with
 * name, address and phone from the facility data. Browser-safe: the lists are built at build time
 * (places-data.ts) and handed to the island; the choice never leaves the device.
 */

/** A service centre to ask, as the facility data gives it. */
export type Contact = {
  /** Name as written on the door. */
  name: string;
  /** Street address in Chinese. */
  address: string;
  /** Phone numbers as dialled. */
  phones: string[];
  /** A sample record, not official data: shown with a label. */
  sample: boolean;
  /** The facility page of the site, without the language prefix (/facilities/<id>/). */
  path: string;
};

/** A street or town with its communities, and its home-care service centre when the data has one. */
export type PlaceTown = {
  code: string;
  name: string;
  communities: { code: string; name: string }[];
  centre?: Contact;
};

/** What the island gets: every street or town, and the care centres of the communities that have one. */
export type WizardPlaces = {
  towns: PlaceTown[];
  /** By 12-digit community code. */
  careCentres: Record<string, Contact>;
};

/** Whom the answers tell the elder to ask. */
export type WhomToAsk =
  /** Lives outside Ouhai: the local offices, which the site does not list. */
  | { kind: 'outside' }
  /** Lives in Ouhai, street or town not given. */
  | { kind: 'unknown' }
  /** The street or town (and the community, when given) with the centres the data has. */
  | { kind: 'place'; town: PlaceTown; community?: { code: string; name: string }; careCentre?: Contact; townCentre?: Contact };

/**
 * Whom to ask, from the residence answer and the optional street and community codes ('' when not
 * chosen). A code the lists do not know counts as not chosen.
 */
export function whomToAsk(places: WizardPlaces, residence: string, townCode: string, communityCode: string): WhomToAsk {
  if (residence !== 'ouhai') return residence === 'unknown' ? { kind: 'unknown' } : { kind: 'outside' };
  const town = places.towns.find((t) => t.code === townCode);
  if (!town) return { kind: 'unknown' };
  const community = town.communities.find((c) => c.code === communityCode);
  return {
    kind: 'place',
    town,
    ...(community ? { community } : {}),
    ...(community && places.careCentres[community.code] ? { careCentre: places.careCentres[community.code] } : {}),
    ...(town.centre ? { townCentre: town.centre } : {}),
  };
}

/** The centre to put on the slip: the community's care centre, else the town's centre. */
export function slipCentre(whom: WhomToAsk): Contact | undefined {
  return whom.kind === 'place' ? (whom.careCentre ?? whom.townCentre) : undefined;
}

/**
 * The lists in the compact form the page carries them in: one line per record, fields split by “|”
 * (a string prop is embedded as it is, where an object or JSON prop has every quote escaped, which
 * tripled its size). `c|sample|path|name|address|phone…` is a centre, `t|code|name|centre` a street
 * or town, `v|suffix|name|centre` a community of the town above it (its code is the town's code and
 * the suffix); centres are referred to by their index, -1 for none. A “|” or line break inside a
 * name or address is shown as “｜” or a space.
 */
const clean = (field: string) => field.replace(/\|/g, '｜').replace(/[\r\n]+/g, ' ');

export function packPlaces(places: WizardPlaces): string {
  const lines: string[] = [];
  let contacts = 0;
  const contactIndex = (c: Contact | undefined): number => {
    if (!c) return -1;
    lines.push(['c', c.sample ? '1' : '0', c.path, c.name, c.address, ...c.phones].map(clean).join('|'));
    return contacts++;
  };
  for (const t of places.towns) {
    const centre = contactIndex(t.centre);
    const communities = t.communities.map((c) => {
      if (!c.code.startsWith(t.code)) throw new Error(`村社 ${c.code} 不在街道 ${t.code} 之下`);
      return ['v', c.code.slice(t.code.length), c.name, String(contactIndex(places.careCentres[c.code]))].map(clean).join('|');
    });
    lines.push(['t', t.code, t.name, String(centre)].map(clean).join('|'), ...communities);
  }
  return lines.join('\n');
}

export function unpackPlaces(text: string): WizardPlaces {
  const contacts: Contact[] = [];
  const towns: PlaceTown[] = [];
  const careCentres: Record<string, Contact> = {};
  for (const line of text.split('\n')) {
    const [kind = '', ...f] = line.split('|');
    if (kind === 'c') {
      const [sample, path = '', name = '', address = '', ...phones] = f;
      contacts.push({ name, address, phones, sample: sample === '1', path });
    } else if (kind === 't') {
      const [code = '', name = '', centre = '-1'] = f;
      const c = contacts[Number(centre)];
      towns.push({ code, name, communities: [], ...(c ? { centre: c } : {}) });
    } else if (kind === 'v') {
      const town = towns.at(-1);
      const [suffix = '', name = '', centre = '-1'] = f;
      if (!town) continue;
      const code = town.code + suffix;
      town.communities.push({ code, name });
      const c = contacts[Number(centre)];
      if (c) careCentres[code] = c;
    }
  }
  return { towns, careCentres };
}
