using FactPipeline.Core.Quantities;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace FactPipeline.Core.Tests.Quantities;

public sealed class QuantitiesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddQuantities_RegistersRecognizerAsSingleton()
    {
        using var provider = new ServiceCollection().AddQuantities().BuildServiceProvider();
        var first = provider.GetRequiredService<IQuantityRecognizer>();
        first.ShouldBeOfType<QuantityRecognizer>();
        provider.GetRequiredService<IQuantityRecognizer>().ShouldBeSameAs(first);
    }
}
