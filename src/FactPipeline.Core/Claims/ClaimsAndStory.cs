using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>An article's claims and its story profile, from one reading of its sentences.</summary>
public sealed record ClaimsAndStory(IReadOnlyList<Claim> Claims, StoryProfile Story);
