export { validate42 as compiledProductPlatform };
const schema53 = {"type":"string","enum":["GenesysCloud","PureCloud","PureEngage","PureEngageCloud","PureConnect","PureConnectCloud","Unknown"]};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((data === "GenesysCloud") || (data === "PureCloud")) || (data === "PureEngage")) || (data === "PureEngageCloud")) || (data === "PureConnect")) || (data === "PureConnectCloud")) || (data === "Unknown"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema53.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
