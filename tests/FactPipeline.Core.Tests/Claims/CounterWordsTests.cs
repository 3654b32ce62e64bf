using FactPipeline.Core.Claims;

namespace FactPipeline.Core.Tests.Claims;

public sealed class CounterWordsTests
{
    private static readonly CounterWords Counters = CounterWords.Load();

    [Theory]
    [InlineData("people")]
    [InlineData("things")]
    public void Data_EachClass_CoversTheFiveLanguages(string counterClass)
    {
        var lists = Counters.ByLanguage[counterClass];

        foreach (var language in new[] { "id", "en", "ko", "vi", "zh" })
        {
            lists.GetValueOrDefault(language, []).ShouldNotBeEmpty($"{counterClass} has no {language} words");
        }
    }

    [Theory]
    [InlineData("orang", CounterClass.People)]
    [InlineData("People", CounterClass.People)]
    [InlineData("명", CounterClass.People)]
    [InlineData("người", CounterClass.People)]
    [InlineData("人", CounterClass.People)]
    [InlineData("unit", CounterClass.Things)]
    [InlineData("개", CounterClass.Things)]
    [InlineData("座", CounterClass.Things)]
    [InlineData("chiếc", CounterClass.Things)]
    [InlineData("sekolah", CounterClass.Any)]
    [InlineData("", CounterClass.Any)]
    public void ClassOf_CountedNoun_SaysWhatItCanCount(string noun, CounterClass expected)
    {
        Counters.ClassOf(noun).ShouldBe(expected);
    }
}
