// Given names and the short forms people write them with (Robert = Bob = Rob = Bobby), for
// recognising a person however a record or a letter writes them (the conflict screen,
// Labor Code 139.5(d); redaction of published decisions, IMR-DOMAIN 11). Each line is one
// group of names that stand for each other; a name may belong to several groups ("Chris":
// Christopher, Christine). English and Spanish forms common in California. Maintained here:
// add a line, and both the conflict screen and redaction pick it up.

const GROUPS = `
abigail abby abbie gail
abraham abe bram
adrian adrien
albert al bert bertie
alberto beto
alejandro alex alejo jando
alexander alex alec alexandr sandy xander sasha
alexandra alex alexa sandra sandy lexi sasha
alfred al alf alfie fred freddie
alfredo fredo
alice allie ally
allison allie ally
amanda mandy manda
andrew andy drew
angela angie
anne ann annie nan nancy
anthony tony ant
antonio tony tono toño
arthur art artie
barbara barb babs barbie
benjamin ben benny benji
bernard bernie
beverly bev
bradley brad
catherine cathy cate kate katie kathy cat
katherine kathy kate katie kat kitty
kathleen kathy kate katie
charles charlie chuck chas chaz
charlotte charlie lottie
christina chris tina christy
christine chris tina christy
christopher chris kit topher cristobal
cynthia cindy
daniel dan danny
david dave davy
deborah debbie deb debra
dennis denny
donald don donnie
dorothy dot dottie
douglas doug
edward ed eddie ted teddy ned
eduardo lalo eddie
elizabeth liz beth betty betsy lisa eliza libby lizzie elisa
emily em emmy
eugene gene
frances fran frannie
francis frank fran
francisco paco pancho frank cisco
frederick fred freddie fritz
gabriel gabe
gerald gerry jerry
gregory greg
guillermo memo will
harold hal harry
henry hank harry hal
herbert herb bert
isabel isabella bella izzy chabela
jacob jake jack
james jim jimmy jamie jem
jennifer jen jenny
jessica jess jessie
joan joanie
john jack johnny jon
jonathan jon jonny nathan
jose pepe chepe joe
joseph joe joey jo
josephine jo josie
joshua josh
judith judy jude
katrina kat kate trina
kenneth ken kenny
lawrence larry laurie
leonard leo len lenny
leslie les
louis lou louie
luis lucho
manuel manny manolo
margaret maggie meg peggy marge margie greta
maria mary mari
mary molly polly mae mamie
matthew matt matty
michael mike mikey mick mickey
miguel mike
nancy nan
nathaniel nate nathan nat
nicholas nick nicky
pamela pam
patricia pat patty trish tricia
patrick pat paddy rick
peter pete
philip phil pip
rafael rafa
raymond ray
rebecca becky becca
richard rick rich dick ricky
robert bob rob bobby robbie bert
roberto beto
ronald ron ronnie
rosa rosie
samantha sam sammy
samuel sam sammy
sandra sandy
sarah sara sally sadie
stephanie steph stephie
stephen steve stevie
steven steve stevie
susan sue susie suzy
teresa terry tess tessa tere
theodore ted teddy theo
thomas tom tommy
timothy tim timmy
valerie val
victoria vicky tori
vincent vince vinny
walter walt wally
william bill will billy willie liam
`;

const groups: string[][] = GROUPS.split("\n")
  .map((line) => line.trim().split(/\s+/).filter(Boolean))
  .filter((g) => g.length > 1);

const byName = new Map<string, Set<string>>();
for (const group of groups) {
  for (const name of group) {
    const set = byName.get(name) ?? new Set<string>();
    for (const other of group) if (other !== name) set.add(other);
    byName.set(name, set);
  }
}

/** The other forms of a given name, lower case ("Robert" -> bob, rob, bobby, robbie, bert). */
export function nicknamesOf(givenName: string): string[] {
  const key = givenName.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  return [...(byName.get(key) ?? [])];
}

/** True when two given names stand for each other ("Bob" and "Robert"), case and accents aside. */
export function sameGivenName(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  const x = fold(a),
    y = fold(b);
  return x === y || (byName.get(x)?.has(y) ?? false);
}

const groupCount = new Map<string, number>();
for (const group of groups) for (const name of group) groupCount.set(name, (groupCount.get(name) ?? 0) + 1);

/** True for a short form that stands for several names ("Pat": Patrick or Patricia; "Chris"). */
export function isAmbiguousGivenName(name: string): boolean {
  const key = name.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  return (groupCount.get(key) ?? 0) > 1;
}

/** True for a given name of the groups above ("Patricia"), case and accents aside. */
export function isKnownGivenName(name: string): boolean {
  return byName.has(name.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, ""));
}
