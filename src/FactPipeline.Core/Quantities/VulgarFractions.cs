namespace FactPipeline.Core.Quantities;

/// <summary>Unicode vulgar fractions: "½", "2¾" (= 2.75).</summary>
internal static class VulgarFractions
{
    public static bool TryGet(char c, out decimal value)
    {
        value = c switch
        {
            '½' => 0.5m,
            '⅓' => 1m / 3,
            '⅔' => 2m / 3,
            '¼' => 0.25m,
            '¾' => 0.75m,
            '⅕' => 0.2m,
            '⅖' => 0.4m,
            '⅗' => 0.6m,
            '⅘' => 0.8m,
            '⅙' => 1m / 6,
            '⅚' => 5m / 6,
            '⅛' => 0.125m,
            '⅜' => 0.375m,
            '⅝' => 0.625m,
            '⅞' => 0.875m,
            _ => -1m,
        };
        return value >= 0;
    }
}
