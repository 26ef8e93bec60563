export { validate35 as guardAddressVerificationStatus };
const schema46 = {"type":"string","enum":["Pending","InProgress","Retry","Complete","Failed"]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data === "Pending") || (data === "InProgress")) || (data === "Retry")) || (data === "Complete")) || (data === "Failed"))){
validate35.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema46.enum}}];
return false;
}
validate35.errors = vErrors;
return errors === 0;
}
