namespace FactPipeline.Core.Model.Lexicon;

/// <summary>What kind of thing an entity id names: whose figure a claim can be.</summary>
public enum EntityType
{
    Other,
    Place,
    Organisation,
    Person,
    Product,
    Event,
}

/// <summary>An entity of the lexicon: a place, organisation, product, event...</summary>
/// <param name="Type">The finer type in the data: country, region, bloc, province, city, company, agency, team, university...</param>
/// <param name="Names">Display name per language (en, id, ko, vi, zh).</param>
/// <param name="Aliases">Other spellings news uses, in any language.</param>
/// <param name="Generic">
/// True for a kind of body rather than one body ("Ministry of Finance"): which one depends on the country,
/// so it is no subject on its own.
/// </param>
public sealed record EntityEntry(string Id, string Type, EntityType Kind, IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> Aliases, bool Generic)
{
    internal static EntityType KindOfType(string type) => type switch
    {
        "country" or "territory" or "region" or "bloc" or "province" or "city" => EntityType.Place,
        "company" or "organisation" or "agency" or "central-bank" or "team" or "league" or "university" or "party"
            or "media" or "legislature" or "court" or "military" => EntityType.Organisation,
        "person" => EntityType.Person,
        "product" => EntityType.Product,
        "event" or "holiday" => EntityType.Event,
        _ => EntityType.Other,
    };
}
